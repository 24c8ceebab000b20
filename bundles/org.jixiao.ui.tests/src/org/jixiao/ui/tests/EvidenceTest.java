package org.jixiao.ui.tests;

import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;
import static org.jixiao.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.DropTargetListener;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.store.Evidence;
import org.jixiao.ui.editor.EvidenceFiles;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.preferences.JixiaoPreferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence files in the real window: a file dropped on an indicator row of a module page (the drop
 * listener called with a {@link FileTransfer} event, as SWT's own tests do) is stored at once, counted
 * on the row without making the editor dirty, and still there with the same bytes after the editor is
 * closed and opened again; a file over the size limit of the preferences is refused with a message
 * naming it, and nothing is stored.
 */
class EvidenceTest {

	private static final String INDICATOR = "发展党员";
	private static final String MODULE_PAGE = "党建";

	private static Shell shell;
	private static IEclipseContext context;
	private static String key;

	@TempDir
	Path dir;

	@BeforeAll
	static void storeTheReferenceSample() throws Exception {
		shell = Workbench.window();
		context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		key = repository().save(null, EvaluationResources.referenceSample());
	}

	@AfterAll
	static void restoreTheLimit() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		preferences.remove(JixiaoPreferences.EVIDENCE_LIMIT_MB);
		preferences.flush();
	}

	@Test
	void aFileDroppedOnARowIsStoredCountedAndFoundAgainAfterReopening() throws Exception {
		byte[] content = new byte[300_000];
		new Random(14).nextBytes(content);
		Path file = Files.write(dir.resolve("党员发展名册.pdf"), content);

		EvaluationEditorPart editor = open();
		TableItem row = row(editor);
		DropTargetEvent over = ui(() -> event(row, file));
		ui(() -> {
			listener(row).dragOver(over);
			return null;
		});
		assertEquals(DND.DROP_COPY, over.detail, "a file over an indicator row is accepted as a copy");
		ui(() -> {
			listener(row).drop(event(row, file));
			return null;
		});
		Job.getJobManager().join(EvidenceFiles.JOB_FAMILY, null);
		waitUntil("the row counts one file", 10_000, () -> "1".equals(countCell(editor)));
		assertFalse(ui(() -> editor.part().isDirty()), "evidence is stored at once, not with the evaluation");
		Workbench.screenshot(shell, "editor-evidence-dropped");

		Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
		EvaluationEditorPart reopened = open();
		waitUntil("the reopened row counts one file", 10_000, () -> "1".equals(countCell(reopened)));
		List<Evidence> files = ui(() -> reopened.evidence().of(indicator(reopened)));
		assertEquals(1, files.size());
		assertEquals("党员发展名册.pdf", files.get(0).fileName());
		assertEquals(content.length, files.get(0).size());
		Path exported = ui(() -> reopened.evidence().export(files.get(0), Files.createDirectories(dir.resolve("out"))));
		assertArrayEquals(content, Files.readAllBytes(exported), "the file reads back byte for byte");
		Workbench.run(() -> context.get(EPartService.class).hidePart(reopened.part(), true));
	}

	@Test
	void aFileOverTheLimitIsRefusedWithItsNameAndNothingIsStored() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE);
		preferences.put(JixiaoPreferences.EVIDENCE_LIMIT_MB, "1");
		preferences.flush();
		Path big = Files.write(dir.resolve("扫描件.png"), new byte[(1 << 20) + 1]);
		EvaluationEditorPart editor = open();
		TableItem row = row(editor);
		int before = ui(() -> editor.evidence().of(indicator(editor)).size());
		AtomicReference<String> message = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(shell.getDisplay(), "佐证材料", dialog -> {
			message.set(Workbench.texts(dialog));
			dialog.close();
		}, failure));
		ui(() -> {
			listener(row).drop(event(row, big));
			return null;
		});
		Job.getJobManager().join(EvidenceFiles.JOB_FAMILY, null);
		waitUntil("the refusal is shown", 10_000, () -> message.get() != null);
		assertTrue(message.get().contains(big.toString()) && message.get().contains("1.0 MB"), message.get());
		assertEquals(before, ui(() -> editor.evidence().of(indicator(editor)).size()), "nothing was stored");
		Workbench.run(() -> context.get(EPartService.class).hidePart(editor.part(), true));
	}

	private static EvaluationEditorPart open() throws Exception {
		EvaluationEditorPart editor = ui(() -> (EvaluationEditorPart) EvaluationEditors
				.open(key, context.get(EPartService.class), context.get(EModelService.class), context.get(MApplication.class)).getObject());
		assertNotNull(editor.session(), "the evaluation was opened");
		Workbench.run(() -> editor.showPage(MODULE_PAGE));
		return editor;
	}

	private static Indicator indicator(EvaluationEditorPart editor) {
		return editor.session().evaluation().getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).filter(i -> INDICATOR.equals(i.getName())).findFirst().orElseThrow();
	}

	/** @return the row of the indicator in the module page's table */
	private static TableItem row(EvaluationEditorPart editor) throws Exception {
		return ui(() -> {
			for (Table table : Workbench.all((Composite) editor.part().getWidget(), Table.class)) {
				for (TableItem item : table.getItems()) {
					if (item.getData() instanceof Indicator indicator && INDICATOR.equals(indicator.getName())) {
						return item;
					}
				}
			}
			throw new AssertionError("no row " + INDICATOR);
		});
	}

	private static String countCell(EvaluationEditorPart editor) {
		try {
			TableItem row = row(editor);
			Table table = row.getParent();
			int column = table.getColumnCount() - 1;
			assertEquals("佐证", table.getColumn(column).getText());
			return row.getText(column);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** @return the listener that the evidence support registered on the table's drop target */
	private static DropTargetListener listener(TableItem row) {
		DropTarget target = (DropTarget) row.getParent().getData(DND.DROP_TARGET_KEY);
		assertNotNull(target, "the table takes drops");
		DropTargetListener[] listeners = target.getDropListeners();
		assertEquals(1, listeners.length);
		return listeners[0];
	}

	/**
	 * @return a drop event of FileTransfer over the row, as the platform's drag and drop makes it (its
	 *         DNDEvent is internal to SWT)
	 */
	private static DropTargetEvent event(TableItem row, Path file) throws Exception {
		Class<?> dndEvent = Class.forName("org.eclipse.swt.dnd.DNDEvent", true, DropTarget.class.getClassLoader());
		Constructor<?> make = dndEvent.getDeclaredConstructor();
		make.setAccessible(true);
		Event event = (Event) make.newInstance();
		event.widget = (DropTarget) row.getParent().getData(DND.DROP_TARGET_KEY);
		event.display = row.getDisplay();
		event.item = row;
		DropTargetEvent drop = (DropTargetEvent) DropTargetEvent.class.getConstructor(dndEvent).newInstance(event);
		drop.currentDataType = FileTransfer.getInstance().getSupportedTypes()[0];
		drop.dataTypes = FileTransfer.getInstance().getSupportedTypes();
		drop.operations = DND.DROP_COPY | DND.DROP_MOVE;
		drop.detail = DND.DROP_COPY;
		drop.data = new String[] { file.toString() };
		return drop;
	}
}
