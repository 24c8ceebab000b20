package org.jixiao.ui.internal.editor;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.ui.internal.Messages;

/**
 * 叙述: the report's sections as a tree; the selected section's title and paragraphs are edited on
 * the right, paragraphs separated by an empty line.
 */
final class NarrativePage implements EditorPage {

	private static final String PARAGRAPH_BREAK = "\n\n"; //$NON-NLS-1$

	private final PageContext context;
	private TreeViewer sections;
	private Text title;
	private Text paragraphs;
	private NarrativeSection shown;

	NarrativePage(PageContext context) {
		this.context = context;
	}

	@Override
	public String title() {
		return Messages.NarrativePage_title;
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Control createControl(Composite parent) {
		SashForm page = new SashForm(parent, SWT.HORIZONTAL);
		sections = new TreeViewer(page, SWT.BORDER | SWT.SINGLE);
		sections.setContentProvider(new SectionContent());
		sections.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				NarrativeSection section = (NarrativeSection) element;
				return (section.getNumber() == null ? "" : section.getNumber()) + (section.getTitle() == null ? "" : section.getTitle()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		sections.setInput(context.evaluation());
		Composite right = new Composite(page, SWT.NONE);
		right.setLayout(new GridLayout(2, false));
		title = Fields.text(right, Messages.NarrativePage_sectionTitle, SWT.SINGLE);
		IObservableValue selected = ViewerProperties.singleSelection().observe(sections);
		Fields.bind(context.session().bindings(), title,
				EMFEditProperties.value(context.domain(), Literals.NARRATIVE_SECTION__TITLE).observeDetail(selected),
				Literals.NARRATIVE_SECTION__TITLE);
		new Label(right, SWT.NONE).setText(Messages.NarrativePage_paragraphs);
		paragraphs = new Text(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		paragraphs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		paragraphs.setData(Fields.FEATURE, Literals.NARRATIVE_SECTION__PARAGRAPHS.getName());
		paragraphs.addListener(SWT.FocusOut, event -> commit());
		sections.addSelectionChangedListener(event -> {
			commit();
			shown = (NarrativeSection) event.getStructuredSelection().getFirstElement();
			show();
			if (shown != null) {
				context.selection().accept(shown);
			}
		});
		page.setWeights(1, 3);
		return page;
	}

	private void show() {
		paragraphs.setEnabled(shown != null);
		paragraphs.setText(shown == null ? "" : String.join(PARAGRAPH_BREAK, shown.getParagraphs())); //$NON-NLS-1$
	}

	/** Sets the section's paragraphs from the text, as one command, when they changed. */
	private void commit() {
		if (shown == null || paragraphs.isDisposed()) {
			return;
		}
		List<String> edited = Arrays.stream(paragraphs.getText().split("\\R\\s*\\R")).map(String::strip) //$NON-NLS-1$
				.filter(p -> !p.isEmpty()).toList();
		if (!edited.equals(shown.getParagraphs())) {
			EditingDomain domain = context.domain();
			domain.getCommandStack().execute(SetCommand.create(domain, shown, Literals.NARRATIVE_SECTION__PARAGRAPHS, edited));
		}
	}

	@Override
	public void scored(ScoreSheet sheet) {
		if (sections == null || sections.getControl().isDisposed()) {
			return;
		}
		sections.refresh();
		if (!paragraphs.isFocusControl()) {
			show();
		}
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		if (!(object instanceof NarrativeSection)) {
			return false;
		}
		sections.setSelection(new StructuredSelection(object), true);
		paragraphs.setFocus();
		return true;
	}

	@Override
	public void dispose() {
		// bindings belong to the session's context
	}

	/** The sections of an evaluation and their sub-sections. */
	private static final class SectionContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((Evaluation) input).getNarrative().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((NarrativeSection) parent).getSubsections().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return ((EObject) element).eContainer() instanceof NarrativeSection parent ? parent : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((NarrativeSection) element).getSubsections().isEmpty();
		}
	}
}
