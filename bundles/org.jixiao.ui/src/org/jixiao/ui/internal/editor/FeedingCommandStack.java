package org.jixiao.ui.internal.editor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jixiao.core.ledger.FeedChange;
import org.jixiao.core.ledger.FeedResult;
import org.jixiao.core.ledger.LedgerFeeds;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;

/**
 * A command stack that keeps the indicators fed by the modules' ledgers in line with them: after each
 * command, the values the ledgers now compute are set in the same undoable step, so that undo of a
 * ledger change also restores the indicator's actual value (and its score). A command that changes a
 * fed indicator's actual value itself is the officer's override: the indicator is marked as entered
 * by hand ({@code actualByHand}) in the same step, and its ledger no longer sets it.
 */
final class FeedingCommandStack extends BasicCommandStack {

	private final Evaluation evaluation;
	private final LedgerFeeds feeds;
	private EditingDomain domain;

	/**
	 * @param evaluation the evaluation edited
	 * @param feeds the ledger feeds of the installed modules
	 */
	FeedingCommandStack(Evaluation evaluation, LedgerFeeds feeds) {
		this.evaluation = evaluation;
		this.feeds = feeds;
	}

	/** @param editingDomain the domain this stack serves, which the ledgers' commands are created in */
	void attach(EditingDomain editingDomain) {
		this.domain = editingDomain;
	}

	@Override
	public void execute(Command command) {
		super.execute(command == null ? null : new FeedingCommand(command));
	}

	/** The officer's command followed by what the ledgers then set. */
	private final class FeedingCommand extends CompoundCommand {

		private final Command command;

		FeedingCommand(Command command) {
			super(command.getLabel(), command.getDescription());
			this.command = command;
			append(command);
		}

		@Override
		public void execute() {
			Map<Indicator, String> fed = new LinkedHashMap<>();
			for (FeedResult result : feeds.compute(evaluation)) {
				fed.put(result.indicator(), result.indicator().getActualText());
			}
			super.execute();
			fed.forEach((indicator, before) -> {
				if (!indicator.isActualByHand() && !Objects.equals(before, indicator.getActualText())) {
					appendAndExecute(SetCommand.create(domain, indicator, Literals.INDICATOR__ACTUAL_BY_HAND, Boolean.TRUE));
				}
			});
			for (FeedChange change : feeds.changes(evaluation)) {
				appendAndExecute(SetCommand.create(domain, change.indicator(), change.attribute(), change.value()));
			}
		}

		@Override
		public Collection<?> getAffectedObjects() {
			return command.getAffectedObjects();
		}

		@Override
		public Collection<?> getResult() {
			return command.getResult();
		}
	}
}
