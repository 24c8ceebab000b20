package org.jixiao.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Evidence;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

/**
 * A plain Java program (Derby, EMF, the model, core and this bundle on a flat class path) that the
 * store's tests run as a second process:
 * <ul>
 * <li>{@code hold DIR}: opens the store, prints {@code OPEN}, and keeps it open until its input ends;</li>
 * <li>{@code save-loop DIR INDICATORS}: saves synthetic evaluations for ever, the seed of each step
 * being its number, every third step updating the evaluation saved before; after each commit it
 * prints {@code COMMITTED id seed .}, and before an update {@code UPDATING id seed .} (the final dot
 * shows that the line is complete);</li>
 * <li>{@code evidence-loop DIR FILES}: stores one synthetic evaluation, prints {@code EVALUATION id .},
 * then attaches evidence files to it for ever, the content of each made by
 * {@link #evidenceContent(long)} from the step's seed and written into the folder {@code FILES} first;
 * after each commit it prints {@code ATTACHED evidenceId seed .}.</li>
 * </ul>
 */
public final class StoreChild {

	private StoreChild() {
	}

	/** @param args the mode and its arguments, see the class comment */
	public static void main(String[] args) throws StoreException, IOException {
		Path directory = Path.of(args[1]);
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(directory))) {
			if ("hold".equals(args[0])) { //$NON-NLS-1$
				System.out.println("OPEN"); //$NON-NLS-1$
				System.out.flush();
				while (System.in.read() >= 0) {
					// hold the database until the parent closes our input
				}
				return;
			}
			if ("evidence-loop".equals(args[0])) { //$NON-NLS-1$
				attachForEver(store, Path.of(args[2]));
				return;
			}
			int indicators = Integer.parseInt(args[2]);
			long last = -1;
			for (long seed = 1000L * ProcessHandle.current().pid();; seed++) {
				Evaluation evaluation = SyntheticEvaluations.create(seed, indicators);
				long id;
				if (last >= 0 && seed % 3 == 0) {
					System.out.println("UPDATING " + last + " " + seed + " ."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					System.out.flush();
					store.update(last, evaluation, "crash-test"); //$NON-NLS-1$
					id = last;
				} else {
					id = store.insert(evaluation, "crash-test"); //$NON-NLS-1$
				}
				System.out.println("COMMITTED " + id + " " + seed + " ."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				System.out.flush();
				last = id;
			}
		}
	}

	private static void attachForEver(EvaluationStore store, Path files) throws StoreException, IOException {
		long id = store.insert(SyntheticEvaluations.create(1, 3), "crash-test"); //$NON-NLS-1$
		System.out.println("EVALUATION " + id + " ."); //$NON-NLS-1$ //$NON-NLS-2$
		System.out.flush();
		for (long seed = 1000L * ProcessHandle.current().pid();; seed++) {
			Path file = Files.write(files.resolve(seed + ".bin"), evidenceContent(seed)); //$NON-NLS-1$
			Evidence added = store.evidence().add(id, "row-" + seed % 5, null, file, EvidenceStore.DEFAULT_LIMIT, "crash-test"); //$NON-NLS-1$ //$NON-NLS-2$
			System.out.println("ATTACHED " + added.id() + " " + seed + " ."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			System.out.flush();
		}
	}

	/**
	 * @param seed a step of {@code evidence-loop}
	 * @return the content of the evidence file of that step: 64 KB to 68 KB of bytes from the seed
	 */
	public static byte[] evidenceContent(long seed) {
		byte[] content = new byte[64 * 1024 + (int) (seed % 4096)];
		new Random(seed).nextBytes(content);
		return content;
	}
}
