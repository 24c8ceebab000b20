package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.interchange.TableFormat;
import org.jixiao.interchange.TableFormat.Block;
import org.jixiao.interchange.TableFormat.BlockKind;
import org.jixiao.interchange.TableFormat.Column;
import org.jixiao.interchange.TableFormat.Field;
import org.jixiao.interchange.TableFormatException;
import org.jixiao.interchange.TableFormats;
import org.jixiao.model.evaluation.EvaluationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table formats as data: the built-in files, a department's own, and the checks of a file. */
class TableFormatsTest {

	@TempDir
	Path dir;

	@Test
	void theFourBuiltInFormatsAreReadAndServeTheirKinds() {
		TableFormats formats = new TableFormats(dir);
		assertEquals(List.of("central-department", "central-project", "sichuan-project", "chongqing-department"),
				formats.all().stream().map(TableFormat::id).toList());
		assertEquals("central-department", formats.forKind(EvaluationKind.DEPARTMENT).id());
		assertEquals("central-project", formats.forKind(EvaluationKind.PROJECT).id());
		assertEquals("central-project", formats.forKind(EvaluationKind.CARRIED_OVER).id());
		assertEquals("sichuan-project", formats.forKind(EvaluationKind.PROJECT, "sichuan-project").id());
		assertEquals("central-department", formats.forKind(EvaluationKind.DEPARTMENT, "sichuan-project").id(),
				"a preferred format that does not serve the kind is not used");
		TableFormat sichuan = formats.require("sichuan-project");
		assertEquals("四川省", sichuan.jurisdiction());
		Block budget = sichuan.block(BlockKind.BUDGET).orElseThrow();
		assertEquals("预算执行情况（10分）", budget.label());
		assertEquals(List.of("总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"), budget.lines().stream().map(l -> l.label()).toList());
		assertEquals(200, sichuan.blocks().stream().filter(b -> b.kind() == BlockKind.TEXT).mapToInt(Block::maxLength).min().orElse(0));
		Block indicators = formats.require("chongqing-department").block(BlockKind.INDICATORS).orElseThrow();
		assertEquals(List.of("指标类别", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数（%）", "指标权重",
				"指标得分", "是否核心指标", "未完成原因分析"), indicators.printedColumns().stream().map(Column::heading).toList());
	}

	@Test
	void everyFormatFitsItsSheetAndNoHeadingIsTakenForTwoColumnsOfABlock() {
		for (TableFormat format : new TableFormats(dir).all()) {
			for (Block block : format.blocks()) {
				int width = 0;
				for (Column column : block.columns()) {
					for (String spelling : column.spellings()) {
						for (Column other : block.columns()) {
							assertTrue(other == column || !other.accepts(spelling),
									format.id() + ": " + spelling + " is taken for " + column.field() + " and " + other.field());
						}
					}
					if (column.printed()) {
						assertTrue(column.accepts(normalized(column.heading())), format.id() + ": " + column.heading());
						width = Math.max(width, block.sheetColumn(column) + column.sheetSpan());
					}
				}
				assertTrue(width <= format.sheetColumns(), format.id() + " " + block.kind());
			}
			assertTrue(format.block(BlockKind.INDICATORS).orElseThrow().column(Field.LEVEL3).isPresent());
		}
	}

	private static String normalized(String heading) {
		return java.text.Normalizer.normalize(heading, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "").replaceAll("\\([^)]*\\)", "");
	}

	@Test
	void aDepartmentsFileIsImportedListedExportedAndRemoved() throws Exception {
		TableFormats formats = new TableFormats(dir.resolve("formats"));
		Path exported = dir.resolve("mine.json");
		formats.export("sichuan-project", exported);
		String text = Files.readString(exported, StandardCharsets.UTF_8).replace("\"id\": \"sichuan-project\"", "\"id\": \"sichuan-2024\"");
		Path edited = dir.resolve("edited.json");
		Files.writeString(edited, text, StandardCharsets.UTF_8);
		TableFormat imported = formats.importFile(edited);
		assertEquals("sichuan-2024", imported.id());
		assertFalse(imported.isBuiltIn());
		assertTrue(Files.isRegularFile(dir.resolve("formats/sichuan-2024.json")));
		assertEquals("sichuan-2024", formats.all().get(4).id());
		assertTrue(formats.remove("sichuan-2024"));
		assertEquals(4, formats.all().size());
	}

	@Test
	void aBadFileIsRefusedNamingTheKeyAndTheCause() throws Exception {
		String good = Files.readString(exportBuiltIn("central-project"), StandardCharsets.UTF_8);
		assertRefused(good.replace("\"field\": \"target\"", "\"field\": \"targte\""), "blocks[3].columns[3].field", "targte");
		assertRefused(good.replace("\"title\":", "\"titel\":"), "titel");
		assertRefused(good.replace("\"reportColumns\": 10", "\"reportColumns\": \"ten\""), "reportColumns");
		assertRefused(good.replace("\"kinds\": [", "\"kinds\": [\"programme\", "), "kinds[0]", "programme");
		assertRefused(good.substring(0, good.length() / 2), "JSON");
		Path file = dir.resolve("central-project.json");
		Files.writeString(file, good.replace("\"id\": \"central-project\"", "\"id\": \"other\""), StandardCharsets.UTF_8);
		TableFormatException mismatch = assertThrows(TableFormatException.class, () -> TableFormats.read(file));
		assertTrue(mismatch.getMessage().contains("other") && mismatch.getMessage().contains(file.toString()), mismatch.getMessage());
		TableFormats formats = new TableFormats(dir.resolve("none"));
		Path bad = dir.resolve("bad.json");
		Files.writeString(bad, good.replace("\"field\": \"target\"", "\"field\": \"targte\""), StandardCharsets.UTF_8);
		assertThrows(TableFormatException.class, () -> formats.importFile(bad));
		assertFalse(Files.exists(dir.resolve("none")), "a refused file is not copied");
	}

	private Path exportBuiltIn(String id) throws Exception {
		Path file = dir.resolve(id + "-export.json");
		new TableFormats(dir.resolve("empty")).export(id, file);
		return file;
	}

	private static void assertRefused(String json, String... named) {
		TableFormatException e = assertThrows(TableFormatException.class, () -> TableFormats.parse(new StringReader(json), "test.json"));
		for (String part : named) {
			assertTrue(e.getMessage().contains(part), e.getMessage() + " should name " + part);
		}
		assertTrue(e.getMessage().contains("test.json"), e.getMessage());
	}
}
