package org.jixiao.ui.internal.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.ledger.LedgerFeeds;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.model.evaluation.provider.EvaluationItemProviderAdapterFactory;
import org.jixiao.ui.preferences.JixiaoPreferences;

/**
 * One evaluation open in an editor: its editing domain and command stack, and its scores and
 * diagnostics, worked out again after every command and written to the model's transient
 * attributes (score, explanation, total, grade) so that bound fields show them. Its command stack keeps
 * the indicators the modules' ledgers feed in line with the ledgers ({@link FeedingCommandStack}).
 */
public final class EvaluationSession {

	private final Evaluation evaluation;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;
	private final DataBindingContext bindings = new DataBindingContext();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private ScoreSheet sheet;
	private Diagnostic diagnostic;

	/**
	 * @param evaluation the evaluation, alone in its resource (or in none); it moves into this
	 *            session's resource set
	 */
	public EvaluationSession(Evaluation evaluation) {
		this.evaluation = evaluation;
		adapterFactory = new ComposedAdapterFactory(new EvaluationItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		FeedingCommandStack stack = new FeedingCommandStack(evaluation, LedgerFeeds.getDefault());
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
		stack.attach(domain);
		Resource resource = evaluation.eResource();
		if (resource == null) {
			resource = new ResourceImpl(URI.createURI("jixiao:/new.xmi")); //$NON-NLS-1$
			resource.getContents().add(evaluation);
		}
		domain.getResourceSet().getResources().add(resource);
		domain.getCommandStack().addCommandStackListener(event -> update());
		rescore();
	}

	/** @return the evaluation */
	public Evaluation evaluation() {
		return evaluation;
	}

	/** @return the editing domain every change goes through */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** @return the item providers of the model */
	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** @return the binding context of the editor's fields */
	public DataBindingContext bindings() {
		return bindings;
	}

	/** @return the scores as of the last change */
	public ScoreSheet sheet() {
		return sheet;
	}

	/**
	 * @return the validation result as of the last change; its children are the problems: the rules'
	 *         and the modules' ({@link EvaluationDiagnostician}), then the texts longer than the table
	 *         format the evaluation is exported in allows
	 */
	public Diagnostic diagnostic() {
		return diagnostic;
	}

	/** @return whether there are changes not saved */
	public boolean isSaveNeeded() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** @return the command that a save would record as saved */
	public Command savePoint() {
		return domain.getCommandStack().getUndoCommand();
	}

	/**
	 * Records a save; when more commands ran since {@code savePoint}, the evaluation stays dirty.
	 *
	 * @param savePoint what {@link #savePoint()} gave when the copy that was saved was taken
	 */
	public void saved(Command savePoint) {
		if (domain.getCommandStack().getUndoCommand() == savePoint) {
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			update();
		}
	}

	/** @param listener runs on the UI thread after every change, once scores and problems are up to date */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Releases the bindings and the item providers. */
	public void dispose() {
		listeners.clear();
		bindings.dispose();
		adapterFactory.dispose();
	}

	/** Scores and validates again, for rule sets that changed outside the evaluation. */
	public void rulesChanged() {
		update();
	}

	private void update() {
		rescore();
		listeners.forEach(Runnable::run);
	}

	private void rescore() {
		RuleSet rules = rules();
		sheet = new EvaluationScorer(rules).score(evaluation);
		BasicDiagnostic all = new BasicDiagnostic();
		all.addAll(EvaluationDiagnostician.validate(evaluation, null));
		JixiaoPreferences.tableFormat(InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE), evaluation).textsTooLong(evaluation)
				.forEach(all::add);
		diagnostic = all;
		evaluation.setTotalScore(sheet.total());
		evaluation.setGrade(Grade.get(sheet.grade().officialTerm()));
		Budget budget = evaluation.getBudget();
		if (budget != null) {
			budget.setScore(sheet.budget().score());
			budget.setScoreExplanation(sheet.budget().explanation());
			budget.setExecutionRate(Fields.ratio(budget.getExecuted(), budget.getAdjustedBudget()));
		}
		for (IndicatorScore row : sheet.indicators()) {
			row.indicator().setScore(row.score().score());
			row.indicator().setScoreExplanation(row.score().explanation());
		}
	}

	private RuleSet rules() {
		return RuleSetService.getDefault().rulesOrDefault(evaluation);
	}
}
