package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;
import static org.jixiao.ui.tests.Workbench.waitUntil;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.consolidation.Consolidation;
import org.jixiao.core.consolidation.RankedRow;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.report.ReportFormat;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Evidence;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAction;
import org.jixiao.store.ReviewState;
import org.jixiao.store.Role;
import org.jixiao.testing.TlsDerbyServer;
import org.jixiao.testing.TlsDerbyServer.Account;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.navigator.EvaluationNavigatorPart;
import org.jixiao.ui.internal.repository.DerbyEvaluationRepository;
import org.jixiao.ui.internal.review.ConsolidationPart;
import org.jixiao.ui.internal.review.ReviewHandler;
import org.jixiao.ui.preferences.JixiaoPreferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full review loop in the real window, on a Derby Network Server with TLS and one account per
 * role that the test starts: unit A's officer submits; the 主管部门's reviewer accepts and returns it
 * with a comment on one row; A sees the comment in the Problems view on that row, fixes the row and
 * submits again; the reviewer accepts and forwards it; the bureau's reviewer confirms with an
 * adjustment (one outside the row's band first, which is refused with the store's message); the
 * 财政局汇总 view shows A's 复核得分; unit B's officer does not see A's evaluation. The workbench
 * switches accounts through its preferences, with the password in the system property
 * {@value DerbyEvaluationRepository#PASSWORD_PROPERTY}. Screenshots of each step are written.
 */
class ReviewLoopTest {

	private static final String OWNER = "boss";
	private static final String PASSWORD = "pw-的-1";
	private static final String UNIT_A = "党政办公室";
	private static final String UNIT_B = "经济发展局";
	private static final String SUPERVISOR_OF_A = "高新区管委会";
	private static final String A = "officera";
	private static final String B = "officerb";
	private static final String REVIEWER = "reviewer";
	private static final String BUREAU = "bureau1";
	private static final String RETURNED_ROW = "发展党员";
	private static final String ADJUSTED_ROW = "领导班子年度综合考核等次";

	/** The navigator's polling interval in seconds (EvaluationNavigatorPart). */
	private static final String POLL_PROPERTY = "jixiao.navigator.pollSeconds";

	@TempDir
	static Path dir;

	private static TlsDerbyServer server;
	private static Shell shell;
	private static IEclipseContext context;

	@BeforeAll
	static void serve() throws Exception {
		int port = TlsDerbyServer.freePort();
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		// a process that serves a database holds no embedded one: the workbench lets its store go
		// once its preferences name the server
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		preferences.put(JixiaoPreferences.DATABASE_MODE, JixiaoPreferences.DATABASE_MODE_SERVER);
		preferences.put(JixiaoPreferences.DATABASE_URL, "jdbc:derby://localhost:" + port + "/not-yet-served");
		try {
			repository().list();
		} catch (RepositoryException expected) {
			// nobody serves yet; the embedded store is closed
		}
		server = TlsDerbyServer.start(dir, port, OWNER, PASSWORD.toCharArray());
		server.addAccounts(PASSWORD.toCharArray(), new Account(A, Role.FILLER, UNIT_A, null), new Account(B, Role.FILLER, UNIT_B, null),
				new Account(REVIEWER, Role.SUPERVISOR, null, SUPERVISOR_OF_A), new Account(BUREAU, Role.BUREAU, null, null));
		System.setProperty(DerbyEvaluationRepository.PASSWORD_PROPERTY, PASSWORD);
	}

	@AfterAll
	static void stop() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		preferences.remove(JixiaoPreferences.DATABASE_USER);
		preferences.put(JixiaoPreferences.DATABASE_MODE, JixiaoPreferences.DATABASE_MODE_SERVER);
		preferences.put(JixiaoPreferences.DATABASE_URL, "jdbc:derby://localhost:1/none");
		try {
			repository().list();
		} catch (RepositoryException expected) {
			// the server's store is closed
		}
		if (server != null) {
			server.close();
		}
		System.clearProperty(DerbyEvaluationRepository.PASSWORD_PROPERTY);
		preferences.remove(JixiaoPreferences.DATABASE_MODE);
		preferences.remove(JixiaoPreferences.DATABASE_URL);
		ui(() -> {
			navigator().refresh();
			return null;
		});
	}

	@Test
	void submitReturnFixResubmitConfirmConsolidate() throws Exception {
		signIn(A);
		Evaluation sample = EvaluationResources.referenceSample();
		sample.getDepartment().setName(UNIT_A);
		sample.getDepartment().setCompetentDepartment(SUPERVISOR_OF_A);
		int year = sample.getFiscalYear();
		String key = repository().save(null, sample);
		ui(() -> {
			navigator().refresh();
			return null;
		});
		String listed = "第 " + key + " 号";

		step(key, ReviewAction.SUBMIT, dialog -> ok(dialog), "review-01-a-submits");
		assertEquals(ReviewState.SUBMITTED, repository().reviewStatus(key).state());
		shows(key, "【已提交】");
		Workbench.screenshot(shell, "review-02-a-submitted");

		signIn(REVIEWER);
		step(key, ReviewAction.ACCEPT, dialog -> ok(dialog), null);
		shows(key, "【主管部门审核】");
		step(key, ReviewAction.RETURN, dialog -> {
			Text comment = Workbench.find(dialog, Text.class, "org.jixiao.ui.feature", "review.comment").get(0);
			comment.setText("发展党员一行的实际值缺少佐证，请补充说明。");
			Combo row = Workbench.find(dialog, Combo.class, "org.jixiao.ui.feature", "review.row").get(0);
			row.select(Arrays.asList(row.getItems()).stream().filter(item -> item.contains(RETURNED_ROW)).map(Arrays.asList(row.getItems())::indexOf)
					.findFirst().orElseThrow());
			Workbench.find(dialog, Text.class, "org.jixiao.ui.feature", "review.rowText").get(0).setText("实际值与台账不符，请核对并补充偏差原因。");
			Workbench.button(dialog, "添加").orElseThrow().notifyListeners(SWT.Selection, new Event());
			Workbench.screenshot(dialog, "review-03-reviewer-returns");
			ok(dialog);
		}, null);
		assertEquals(ReviewState.RETURNED, repository().reviewStatus(key).state());
		shows(key, "【退回】");

		signIn(A);
		shows(key, "【退回】");
		EvaluationEditorPart editor = open(key);
		List<Diagnostic> comments = ui(editor::reviewProblems);
		assertEquals(2, comments.size(), "the whole evaluation's comment and the row's: " + comments);
		Diagnostic onRow = comments.get(1);
		assertTrue(onRow.getMessage().contains("实际值与台账不符") && onRow.getMessage().contains(REVIEWER.toUpperCase()), onRow.getMessage());
		Indicator row = (Indicator) onRow.getData().get(0);
		assertTrue(RowPaths.of(row).endsWith(RETURNED_ROW));
		Table problems = ui(() -> Workbench.find(shell, Table.class, "org.jixiao.ui.feature", "problems").get(0));
		waitUntil("the reviewer's comment is in the Problems view", 10_000,
				() -> Arrays.stream(problems.getItems()).anyMatch(item -> item.getText(2).contains("实际值与台账不符") && item.getText(1).endsWith(RETURNED_ROW)));
		Workbench.run(() -> {
			int index = java.util.stream.IntStream.range(0, problems.getItemCount())
					.filter(i -> problems.getItem(i).getText(2).contains("实际值与台账不符")).findFirst().orElseThrow();
			problems.setSelection(index);
			Event doubleClick = new Event();
			doubleClick.item = problems.getItem(index);
			problems.notifyListeners(SWT.DefaultSelection, doubleClick);
		});
		Workbench.screenshot(shell, "review-04-a-sees-the-comment-in-problems");

		Workbench.run(() -> editor.session().domain().getCommandStack().execute(SetCommand.create(editor.session().domain(),
				editor.session().evaluation().getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
						.filter(i -> i.getUid() != null && i.getUid().equals(row.getUid())).findFirst().orElseThrow(),
				Literals.INDICATOR__DEVIATION_REASON, "已按台账核对实际值，补充偏差原因：部分发展对象转入下一年度。")));
		Workbench.execute(context, "org.jixiao.ui.command.save");
		Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
		waitUntil("the fix is saved", 10_000, () -> !editor.part().isDirty());
		step(key, ReviewAction.SUBMIT, dialog -> ok(dialog), null);
		shows(key, "【已提交】");
		assertEquals(2, repository().reviewStatus(key).submissions(), "both submissions are kept");
		close(editor);

		signIn(REVIEWER);
		step(key, ReviewAction.ACCEPT, dialog -> ok(dialog), null);
		step(key, ReviewAction.FORWARD, dialog -> ok(dialog), null);
		shows(key, "【财政审核】");

		signIn(BUREAU);
		AtomicReference<String> refused = new AtomicReference<>();
		step(key, ReviewAction.CONFIRM, dialog -> adjust(dialog, "1.00"), null);
		waitUntil("the out-of-band score is refused", 10_000, () -> visibleShell("确认未成功") != null);
		Shell error = ui(() -> visibleShell("确认未成功"));
		refused.set(ui(() -> Workbench.texts(error)));
		Workbench.screenshot(error, "review-05-bureau-out-of-band-refused");
		Workbench.run(error::close);
		assertTrue(refused.get().contains(ADJUSTED_ROW), "the message names the row: " + refused.get());
		assertEquals(ReviewState.BUREAU_REVIEW, repository().reviewStatus(key).state());
		step(key, ReviewAction.CONFIRM, dialog -> adjust(dialog, "1.7"), null);
		BigDecimal reviewScore = repository().reviewStatus(key).reviewScore();
		assertNotNull(reviewScore);
		assertEquals(ReviewState.CONFIRMED, repository().reviewStatus(key).state());
		shows(key, "复核得分 ");
		Workbench.screenshot(shell, "review-06-bureau-confirmed");

		Workbench.execute(context, "org.jixiao.ui.command.consolidation");
		ConsolidationPart view = ui(() -> (ConsolidationPart) context.get(EPartService.class).findPart(ConsolidationPart.DESCRIPTOR).getObject());
		Workbench.run(() -> view.showYear(year));
		waitUntil("the consolidation shows A's review score", 20_000, () -> {
			Consolidation shown = view.consolidation();
			return shown != null && shown.fiscalYear() == year && shown.row(Long.parseLong(key)).map(RankedRow::row)
					.map(r -> reviewScore.compareTo(r.reviewScore() == null ? BigDecimal.ZERO : r.reviewScore()) == 0).orElse(false);
		});
		Table ranking = ui(() -> Workbench.find(shell, Table.class, "org.jixiao.ui.feature", "consolidation.ranking").get(0));
		assertTrue(ui(() -> Arrays.stream(ranking.getItems()).anyMatch(i -> i.getText(1).equals(UNIT_A) && i.getText(8).equals(
				org.jixiao.ui.internal.editor.Fields.format(reviewScore)))), "the ranking row of A shows its 复核得分");
		Workbench.screenshot(shell, "review-07-consolidation");
		Path xlsx = dir.resolve("财政局汇总.xlsx");
		ui(() -> view.export(view.consolidation(), ReportFormat.XLSX, xlsx)).join();
		assertEquals("PK", new String(Files.readAllBytes(xlsx), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1), "an XLSX (zip) file");
		Path pdf = dir.resolve("财政局汇总.pdf");
		ui(() -> view.export(view.consolidation(), ReportFormat.PDF, pdf)).join();
		assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1), "a PDF file");
		Workbench.run(() -> context.get(EPartService.class).hidePart(context.get(EPartService.class).findPart(ConsolidationPart.DESCRIPTOR), true));

		signIn(A);
		EvaluationEditorPart confirmed = open(key);
		Workbench.run(() -> confirmed.showPage("审核"));
		assertTrue(ui(() -> Workbench.texts(shell)).contains("已确认"));
		Workbench.screenshot(shell, "review-08-a-review-page");
		close(confirmed);

		signIn(B);
		assertFalse(repository().list().stream().map(EvaluationEntry::id).anyMatch(key::equals), "B's store does not list A's evaluation");
		waitUntil("B's navigator is listed", 10_000, () -> !navigator().labels().stream().anyMatch(l -> l.startsWith(listed)));
		Workbench.screenshot(shell, "review-09-b-does-not-see-a");
	}

	/**
	 * 整改 in the window: the bureau issues a notice on a confirmed evaluation; the unit answers with an
	 * evidence file; the bureau accepts; the 审核 page lists the notice with its evidence. Meanwhile a step
	 * taken on the server by another client shows in the navigator without a refresh (the poll).
	 */
	@Test
	void rectificationWithEvidenceAndAStepTakenElsewhere() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		sample.getDepartment().setName(UNIT_A);
		sample.getDepartment().setCompetentDepartment(SUPERVISOR_OF_A);
		sample.setFiscalYear(sample.getFiscalYear() - 1);
		signIn(A);
		String key = repository().save(null, sample);
		long id = Long.parseLong(key);
		try (EvaluationStore store = EvaluationStore.open(server.location(A, PASSWORD.toCharArray()))) {
			store.workflow().submit(id, A);
		}
		try (EvaluationStore store = EvaluationStore.open(server.location(REVIEWER, PASSWORD.toCharArray()))) {
			store.workflow().accept(id, REVIEWER, null);
			store.workflow().forward(id, REVIEWER, null);
		}
		signIn(BUREAU);
		shows(key, "【财政审核】");
		String poll = System.setProperty(POLL_PROPERTY, "1");
		try (EvaluationStore store = EvaluationStore.open(server.location(BUREAU, PASSWORD.toCharArray()))) {
			// another bureau client confirms; this window learns it from its poll, no refresh asked for
			store.workflow().confirm(id, BUREAU, "抽评确认", List.of());
		}
		// the poll that was due at the end of the 30 s interval begun before runs now
		Job.getJobManager().wakeUp(EvaluationNavigatorPart.POLL_FAMILY);
		waitUntil("the poll shows the step taken elsewhere", 45_000,
				() -> navigator().labels().stream().anyMatch(l -> l.startsWith("第 " + key + " 号") && l.contains("【已确认】")));
		if (poll == null) {
			System.clearProperty(POLL_PROPERTY);
		} else {
			System.setProperty(POLL_PROPERTY, poll);
		}

		rectify(key, dialog -> {
			Workbench.find(dialog, Text.class, "org.jixiao.ui.feature", "rectification.problem").get(0).setText("党建专项资金执行率偏低");
			Workbench.find(dialog, Text.class, "org.jixiao.ui.feature", "rectification.requirement").get(0).setText("说明原因并报送整改凭证");
			Workbench.find(dialog, Text.class, "org.jixiao.ui.feature", "rectification.deadline").get(0).setText("2027-06-30");
			Workbench.screenshot(dialog, "review-10-bureau-issues-rectification");
			ok(dialog);
		});
		Rectification issued = repository().rectifications(key).get(0);
		assertEquals(Rectification.State.ISSUED, issued.state());

		signIn(A);
		Path voucher = Files.writeString(dir.resolve("整改凭证.pdf"), "%PDF-1.4 rectification voucher");
		rectify(key, dialog -> {
			Combo action = Workbench.find(dialog, Combo.class, "org.jixiao.ui.feature", "rectification.action").get(0);
			assertEquals(ReviewAction.ANSWER_RECTIFICATION.displayName(), action.getText(), "the unit's one step");
			Workbench.find(dialog, Text.class, "org.jixiao.ui.feature", "rectification.text").get(0).setText("已补拨资金并完善台账，凭证附后。");
			org.eclipse.swt.widgets.List files = Workbench.find(dialog, org.eclipse.swt.widgets.List.class, "org.jixiao.ui.feature",
					"rectification.evidence").get(0);
			assertTrue(files.isEnabled(), "evidence can be added to an answer");
			files.add(voucher.toString());
			Workbench.screenshot(dialog, "review-11-unit-answers-with-evidence");
			ok(dialog);
		});
		assertEquals(Rectification.State.ANSWERED, repository().rectifications(key).get(0).state());
		List<Evidence> attached = repository().evidence(key).stream()
				.filter(e -> Rectification.evidenceOwner(issued.id()).equals(e.ownerUid())).toList();
		assertEquals(List.of("整改凭证.pdf"), attached.stream().map(Evidence::fileName).toList(), "the answer's evidence is stored with the notice");

		signIn(BUREAU);
		rectify(key, dialog -> {
			Combo action = Workbench.find(dialog, Combo.class, "org.jixiao.ui.feature", "rectification.action").get(0);
			List<String> items = Arrays.asList(action.getItems());
			action.select(items.indexOf(ReviewAction.ACCEPT_RECTIFICATION.displayName()));
			action.notifyListeners(SWT.Selection, new Event());
			ok(dialog);
		});
		assertEquals(Rectification.State.ACCEPTED, repository().rectifications(key).get(0).state());
		EvaluationEditorPart editor = open(key);
		// the page is asked for until it shows: the bureau's step posts a "reviewed" event, and an editor
		// open on the evaluation shows it anew when the event arrives (revert), on its first page; under
		// load the event came after the editor had opened on the 审核 page
		waitUntil("the 审核 page lists the accepted notice with its evidence", 20_000, () -> {
			editor.showPage("审核");
			return Workbench.find(shell, Table.class, "org.jixiao.ui.feature", "review.rectifications").stream()
					.anyMatch(notices -> Arrays.stream(notices.getItems()).anyMatch(item -> Arrays.stream(new int[] { 0, 1, 4, 5 })
							.mapToObj(item::getText).toList().equals(List.of(Rectification.State.ACCEPTED.displayName(), "党建专项资金执行率偏低",
									"已补拨资金并完善台账，凭证附后。", "整改凭证.pdf"))));
		});
		Workbench.screenshot(shell, "review-12-rectification-accepted");
		close(editor);
	}

	/** Selects the evaluation in the navigator and runs 整改, answering its dialog; waits for the step's job. */
	private static void rectify(String key, Workbench.ShellAction answer) throws Exception {
		review(key, ReviewHandler.RECTIFICATION, "整改", answer);
	}

	/** Points the workbench's repository at the server as an account. */
	private static void signIn(String account) throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		preferences.put(JixiaoPreferences.DATABASE_MODE, JixiaoPreferences.DATABASE_MODE_SERVER);
		preferences.put(JixiaoPreferences.DATABASE_URL, server.url());
		preferences.put(JixiaoPreferences.DATABASE_USER, account);
		ui(() -> {
			navigator().refresh();
			return null;
		});
	}

	/**
	 * Selects the evaluation in the navigator and takes a step through its command, answering the
	 * step's dialog; waits for the step's job.
	 */
	private static void step(String key, ReviewAction action, Workbench.ShellAction answer, String screenshot) throws Exception {
		review(key, action.name(), action.displayName(), dialog -> {
			if (screenshot != null) {
				Workbench.screenshot(dialog, screenshot);
			}
			answer.run(dialog);
		});
	}

	/** Runs the review command with its parameter on the evaluation selected in the navigator, answering the dialog of that title. */
	private static void review(String key, String step, String dialogTitle, Workbench.ShellAction answer) throws Exception {
		waitUntil("the navigator lists " + key, 20_000, () -> navigator().select(key));
		MPart navigatorPart = ui(() -> context.get(EPartService.class).findPart("org.jixiao.ui.part.navigator"));
		Workbench.run(() -> context.get(EPartService.class).activate(navigatorPart));
		Workbench.run(() -> navigator().select(key));
		AtomicReference<Throwable> failure = new AtomicReference<>();
		ui(() -> {
			Workbench.whenShown(shell.getDisplay(), dialogTitle, answer, failure);
			ParameterizedCommand command = context.get(ECommandService.class).createCommand("org.jixiao.ui.command.review",
					Map.of(ReviewHandler.PARAMETER, step));
			EHandlerService handlers = context.getActiveLeaf().get(EHandlerService.class);
			assertTrue(handlers.canExecute(command), step + " is enabled");
			handlers.executeHandler(command);
			return null;
		});
		if (failure.get() != null) {
			throw new AssertionError(failure.get());
		}
		Job.getJobManager().join(ReviewHandler.FAMILY, null);
	}

	private static void ok(Shell dialog) {
		dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
	}

	/** Adds the bureau's score of the adjusted row and confirms. */
	private static void adjust(Shell dialog, String score) throws Exception {
		Combo row = Workbench.find(dialog, Combo.class, "org.jixiao.ui.feature", "review.row").get(0);
		List<String> items = Arrays.asList(row.getItems());
		row.select(items.indexOf(items.stream().filter(item -> item.contains(ADJUSTED_ROW)).findFirst().orElseThrow()));
		Workbench.find(dialog, Text.class, "org.jixiao.ui.feature", "review.score").get(0).setText(score);
		Workbench.find(dialog, Text.class, "org.jixiao.ui.feature", "review.rowText").get(0).setText("考核材料不全");
		Workbench.button(dialog, "添加").orElseThrow().notifyListeners(SWT.Selection, new Event());
		if ("1.7".equals(score)) {
			Workbench.screenshot(dialog, "review-05b-bureau-confirms-with-adjustment");
		}
		ok(dialog);
	}

	/** Waits until the navigator shows the evaluation with a text in its label. */
	private static void shows(String key, String text) throws Exception {
		waitUntil("the navigator shows " + text + " for " + key, 20_000,
				() -> navigator().labels().stream().anyMatch(l -> l.startsWith("第 " + key + " 号") && l.contains(text)));
	}

	private static Shell visibleShell(String title) {
		return Arrays.stream(shell.getDisplay().getShells()).filter(s -> s.isVisible() && title.equals(s.getText())).findFirst().orElse(null);
	}

	private static EvaluationNavigatorPart navigator() {
		return (EvaluationNavigatorPart) context.get(EPartService.class).findPart("org.jixiao.ui.part.navigator").getObject();
	}

	private static EvaluationEditorPart open(String key) throws Exception {
		EvaluationEditorPart editor = ui(() -> (EvaluationEditorPart) EvaluationEditors
				.open(key, context.get(EPartService.class), context.get(EModelService.class), context.get(MApplication.class)).getObject());
		assertNotNull(editor.session(), "the evaluation was opened");
		return editor;
	}

	private static void close(EvaluationEditorPart editor) throws Exception {
		Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
	}

}
