package org.jixiao.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SafeFiles}: a target that is no regular file is refused and left alone, a link planted where a
 * predictable temporary file would go is never followed, and a failed write leaves no file and the
 * previous content.
 */
class SafeFilesTest {

	@TempDir
	Path dir;

	private static SafeFiles.Content text(String text) {
		return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}

	@Test
	void writesANewFileAndReplacesAnExistingOne() throws Exception {
		Path out = dir.resolve("out.txt");
		SafeFiles.write(out, text("first"));
		assertEquals("first", Files.readString(out));
		SafeFiles.write(out, text("second"));
		assertEquals("second", Files.readString(out));
		assertEquals(List.of(out), files(), "no temporary file is left");
	}

	@Test
	void aWriterThatClosesItsStreamStillGetsItsFileForced() throws Exception {
		Path out = dir.resolve("closed.txt");
		SafeFiles.write(out, stream -> {
			stream.write("closed".getBytes(StandardCharsets.UTF_8));
			stream.close();
		});
		assertEquals("closed", Files.readString(out));
	}

	@Test
	void aSymbolicLinkAtTheTargetIsRefusedAndWhatItPointsToIsUnchanged() throws Exception {
		Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
		Path link = Files.createSymbolicLink(dir.resolve("out.xlsx"), victim);
		assertThrows(SafeFiles.NotARegularFileException.class, () -> SafeFiles.write(link, text("overwritten")));
		assertEquals("precious", Files.readString(victim));
		assertTrue(Files.isSymbolicLink(link), "the link is not replaced");
		Path dangling = Files.createSymbolicLink(dir.resolve("dangling.xlsx"), dir.resolve("nowhere.txt"));
		assertThrows(SafeFiles.NotARegularFileException.class, () -> SafeFiles.write(dangling, text("x")));
		assertTrue(Files.notExists(dir.resolve("nowhere.txt")), "a dangling link is not followed either");
	}

	@Test
	void aFolderOrADeviceIsRefused() throws Exception {
		Path folder = Files.createDirectory(dir.resolve("folder.xlsx"));
		SafeFiles.NotARegularFileException e = assertThrows(SafeFiles.NotARegularFileException.class,
				() -> SafeFiles.write(folder, text("x")));
		assertTrue(e.getMessage().contains("folder.xlsx"), e.getMessage());
		assertTrue(Files.isDirectory(folder));
		assertThrows(SafeFiles.NotARegularFileException.class, () -> SafeFiles.write(Path.of("/dev/null"), text("x")));
		assertTrue(Files.exists(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(Path.of("/dev/null")));
	}

	@Test
	void aLinkPlantedAtTheOldTemporaryNameIsNotFollowed() throws Exception {
		Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
		Path out = dir.resolve("out.xlsx");
		Files.createSymbolicLink(dir.resolve("out.xlsx.tmp"), victim);
		Files.createSymbolicLink(dir.resolve("out.xlsx.part"), victim);
		SafeFiles.write(out, text("table"));
		assertEquals("table", Files.readString(out));
		assertEquals("precious", Files.readString(victim));
		assertTrue(Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void aFailedWriteLeavesNoFileAndThePreviousContent() throws Exception {
		Path out = Files.writeString(dir.resolve("out.pdf"), "the previous report");
		IOException full = new IOException("No space left on device");
		IOException thrown = assertThrows(IOException.class, () -> SafeFiles.write(out, stream -> {
			stream.write(new byte[100_000]);
			throw full;
		}));
		assertEquals(full, thrown);
		assertEquals("the previous report", Files.readString(out));
		assertEquals(List.of(out), files(), "no partial file is left");

		Path fresh = dir.resolve("fresh.pdf");
		assertThrows(IOException.class, () -> SafeFiles.write(fresh, stream -> {
			throw full;
		}));
		assertEquals(List.of(out), files(), "no file at all for a new target");
	}

	@Test
	void theContentOfTheFileIsExactlyWhatWasWritten() throws Exception {
		byte[] bytes = new byte[300_000];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 31);
		}
		Path out = dir.resolve("big.bin");
		SafeFiles.write(out, stream -> {
			stream.write(bytes, 0, 1000);
			stream.write(bytes[1000]);
			stream.write(bytes, 1001, bytes.length - 1001);
		});
		assertArrayEquals(bytes, Files.readAllBytes(out));
	}
}
