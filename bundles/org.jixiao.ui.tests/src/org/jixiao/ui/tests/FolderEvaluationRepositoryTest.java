package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.repository.FolderEvaluationRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in repository keeps evaluations as XMI files and lists them with their scores. */
class FolderEvaluationRepositoryTest {

	@TempDir
	Path folder;

	@Test
	void savedEvaluationsAreListedLoadedAndDeleted() throws Exception {
		FolderEvaluationRepository repository = new FolderEvaluationRepository(folder);
		Evaluation sample = EvaluationResources.referenceSample();
		String first = repository.save(null, sample);
		String second = repository.save(null, sample);
		assertNotEquals(first, second, "a second new evaluation gets a key of its own");

		EvaluationEntry entry = repository.list().stream().filter(e -> e.id().equals(first)).findFirst().orElseThrow();
		assertEquals(sample.getDepartment().getName(), entry.department());
		assertEquals(2023, entry.fiscalYear());
		assertEquals(new BigDecimal("99.30"), entry.total());

		Evaluation loaded = repository.load(first);
		loaded.getDepartment().setName("改名后的部门");
		assertEquals(first, repository.save(first, loaded));
		assertEquals("改名后的部门", repository.load(first).getDepartment().getName());

		repository.delete(second);
		assertEquals(1, repository.list().size());
	}

	@Test
	void aBrokenFileIsListedAndAMissingOneIsAClearError() throws Exception {
		FolderEvaluationRepository repository = new FolderEvaluationRepository(folder);
		Files.writeString(folder.resolve("broken.xmi"), "<not-an-evaluation");
		assertTrue(repository.list().get(0).department().contains("broken.xmi"));
		RepositoryException missing = assertThrows(RepositoryException.class, () -> repository.load("missing"));
		assertTrue(missing.getMessage().contains("missing.xmi"), missing.getMessage());
		assertThrows(RepositoryException.class, () -> repository.load("../escape"));
	}
}
