package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.find;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.report.SubmissionPackage;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.report.FinalCheckDialog;
import org.jixiao.ui.internal.report.PackageDialog;
import org.jixiao.ui.internal.report.ReportDialog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The documents handed in, in the real window, on a final evaluation whose table says 31名 where its
 * narrative says 发展党员30名: the report dialog lists the disagreement with both places before the
 * final report is rendered and the officer cancels or goes on; 文件 &gt; 导出报送包… writes the zip
 * {@code jixiao package} writes, refuses a draft unless 草稿 packaging is chosen.
 */
@TestMethodOrder(OrderAnnotation.class)
class SubmissionDialogsTest {

	private static final String DEPARTMENT = "报送测试局";
	private static final Path OUT = Path.of(System.getProperty("jixiao.screenshots", "target/screenshots")).resolveSibling("submission");

	private static Shell shell;
	private static IEclipseContext context;
	private static EvaluationEditorPart editor;

	@BeforeAll
	static void openAFinalEvaluationWhoseTableDisagreesWithItsNarrative() throws Exception {
		if (Files.exists(OUT)) {
			try (Stream<Path> left = Files.walk(OUT)) {
				for (Path file : left.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		Evaluation sample = EvaluationResources.referenceSample();
		sample.getDepartment().setName(DEPARTMENT);
		assertEquals(EvaluationStatus.FINAL, sample.getStatus());
		partyMembers(sample).setActualText("31名");
		String key = repository().save(null, sample);
		editor = ui(() -> (EvaluationEditorPart) EvaluationEditors.open(key, context.get(EPartService.class),
				context.get(EModelService.class), context.get(MApplication.class)).getObject());
	}

	private static Indicator partyMembers(Evaluation evaluation) {
		return evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().stream()
				.filter(i -> "发展党员".equals(i.getName())).findFirst().orElseThrow();
	}

	@Test
	@Order(1)
	void theReportDialogListsTheDisagreementBeforeTheFinalReportAndTheOfficerCancelsOrGoesOn() throws Exception {
		Path pdf = OUT.resolve("2023-" + DEPARTMENT + "-自评报告.pdf");
		AtomicReference<Throwable> failure = new AtomicReference<>();
		List<String> rows = new ArrayList<>();
		AtomicReference<String> afterCancel = new AtomicReference<>();
		AtomicReference<Boolean> writtenAfterCancel = new AtomicReference<>();
		AtomicReference<String> result = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "生成报告", dialog -> {
			find(dialog, Text.class, Fields.FEATURE, ReportDialog.FOLDER).get(0).setText(OUT.toString());
			for (String format : List.of("DOCX", "XLSX", "HTML")) {
				find(dialog, Button.class, Fields.FEATURE, format).get(0).setSelection(false);
			}
			Workbench.whenShown(dialog.getDisplay(), "定稿报告前的检查", check -> {
				Table table = find(check, Table.class, Fields.FEATURE, FinalCheckDialog.PROBLEMS).get(0);
				for (TableItem item : table.getItems()) {
					rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
				}
				Workbench.screenshot(check, "dialog-final-check");
				Workbench.button(check, "取消").orElseThrow().notifyListeners(SWT.Selection, new Event());
			}, failure);
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
			afterCancel.set(find(dialog, Text.class, Fields.FEATURE, ReportDialog.RESULT).get(0).getText());
			writtenAfterCancel.set(Files.exists(pdf));
			Workbench.whenShown(dialog.getDisplay(), "定稿报告前的检查",
					check -> Workbench.button(check, "仍然生成").orElseThrow().notifyListeners(SWT.Selection, new Event()), failure);
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
			awaitResult(dialog, ReportDialog.RESULT, text -> text.startsWith("已生成"), result, failure);
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.report");
		assertNull(failure.get());
		assertTrue(rows.stream().allMatch(r -> r.startsWith("警告 | ") || r.startsWith("错误 | ")), "no 信息: " + rows);
		assertTrue(rows.stream().anyMatch(r -> r.startsWith("警告 | ")
				&& r.contains("叙述 一（三）2 “发展党员30名” ≠ 产出指标 / 数量指标 / 发展党员 实际完成值 31名")), String.join("\n", rows));
		assertEquals("未生成：请更正所列问题后重新生成报告。", afterCancel.get());
		assertFalse(writtenAfterCancel.get(), "cancelled before anything was rendered");
		assertTrue(result.get().contains(pdf.toString()), result.get());
		assertTrue(Files.size(pdf) > 1000);
	}

	@Test
	@Order(2)
	void theSubmissionPackageIsWrittenWithTheTotalInItsManifest() throws Exception {
		Path folder = OUT.resolve("package");
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<String> result = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "导出报送包", dialog -> {
			assertEquals("", find(dialog, Text.class, Fields.FEATURE, PackageDialog.RESULT).get(0).getText(), "final, no errors");
			find(dialog, Text.class, Fields.FEATURE, PackageDialog.FOLDER).get(0).setText(folder.toString());
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
			awaitResult(dialog, PackageDialog.RESULT, text -> !text.isEmpty(), result, failure);
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.package");
		assertNull(failure.get());
		Path zip = folder.resolve("2023-" + DEPARTMENT + "-报送包.zip");
		assertEquals("已写入：" + zip, result.get());
		Map<String, byte[]> members = SubmissionPackage.read(zip);
		assertEquals(List.of("2023-" + DEPARTMENT + "-自评报告.pdf", "2023-" + DEPARTMENT + "-自评报告.docx",
				"2023-" + DEPARTMENT + "-自评表.pdf", "2023-" + DEPARTMENT + "-自评表.xlsx", "2023-" + DEPARTMENT + ".xmi",
				SubmissionPackage.MANIFEST, SubmissionPackage.MANIFEST_HASH).stream().sorted().toList(),
				members.keySet().stream().sorted().toList());
		JsonObject manifest = JsonParser.parseString(new String(members.get(SubmissionPackage.MANIFEST), StandardCharsets.UTF_8))
				.getAsJsonObject();
		assertEquals(ui(() -> editor.session().sheet().total().toPlainString()), manifest.get("total").getAsString());
		assertFalse(manifest.get("draft").getAsBoolean());
		for (Map.Entry<String, byte[]> member : members.entrySet()) {
			if (!member.getKey().startsWith(SubmissionPackage.MANIFEST)) {
				assertEquals(SubmissionPackage.sha256(member.getValue()),
						manifest.getAsJsonObject("files").get(member.getKey()).getAsString(), member.getKey());
			}
		}
	}

	@Test
	@Order(3)
	void aDraftIsRefusedWithItsReasonUnlessDraftPackagingIsChosen() throws Exception {
		Workbench.run(() -> editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(),
				editor.session().evaluation(), Literals.EVALUATION__STATUS, EvaluationStatus.DRAFT)));
		Path folder = OUT.resolve("draft");
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicReference<String> refused = new AtomicReference<>();
		AtomicReference<Boolean> writtenWhenRefused = new AtomicReference<>();
		AtomicReference<String> result = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "导出报送包", dialog -> {
			Text text = find(dialog, Text.class, Fields.FEATURE, PackageDialog.RESULT).get(0);
			find(dialog, Text.class, Fields.FEATURE, PackageDialog.FOLDER).get(0).setText(folder.toString());
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
			refused.set(text.getText());
			writtenWhenRefused.set(Files.exists(folder));
			Workbench.screenshot(dialog, "dialog-package-refused");
			find(dialog, Button.class, Fields.FEATURE, PackageDialog.DRAFT).get(0).setSelection(true);
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
			awaitResult(dialog, PackageDialog.RESULT, t -> !t.isEmpty(), result, failure);
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.package");
		assertNull(failure.get());
		assertEquals("不能按定稿打包：自评尚未定稿。请更正，或勾选“按草稿打包”。", refused.get());
		assertFalse(writtenWhenRefused.get(), "nothing is written when refused");
		Path zip = folder.resolve("2023-" + DEPARTMENT + "-报送包-草稿.zip");
		assertEquals("已写入：" + zip, result.get());
		JsonObject manifest = JsonParser.parseString(
				new String(SubmissionPackage.read(zip).get(SubmissionPackage.MANIFEST), StandardCharsets.UTF_8)).getAsJsonObject();
		assertTrue(manifest.get("draft").getAsBoolean());
		assertTrue(Arrays.stream(Files.list(folder).toArray(Path[]::new)).allMatch(p -> p.equals(zip)), "only the zip is left");
	}

	/** On the UI thread: waits until the dialog's result text passes, keeps it, screenshots and closes the dialog. */
	private static void awaitResult(Shell dialog, String key, Predicate<String> done, AtomicReference<String> result,
			AtomicReference<Throwable> failure) {
		Text text = find(dialog, Text.class, Fields.FEATURE, key).get(0);
		if (!done.test(text.getText())) {
			dialog.getDisplay().timerExec(200, () -> awaitResult(dialog, key, done, result, failure));
			return;
		}
		try {
			result.set(text.getText());
			Workbench.screenshot(dialog, "dialog-" + key);
		} catch (Exception | Error e) {
			failure.set(e);
		}
		dialog.close();
	}
}
