package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.ledger.FeedResult;
import org.jixiao.core.ledger.LedgerFeeds;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.LedgerWorkbooks;
import org.jixiao.interchange.LedgerWorkbooks.LedgerImport;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.model.evaluation.UninstalledModuleData;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoredEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao ledger}: the modules' ledgers (台账) of a stored evaluation, shown, exported to and
 * imported from the workbooks officers keep; an import sets the actual values the ledgers feed.
 */
@Command(name = "ledger", subcommands = { LedgerCommand.Show.class, LedgerCommand.Export.class, LedgerCommand.Import.class })
final class LedgerCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getErr());
	}

	/** {@code jixiao ledger show ID}: each module's ledgers with their number of entries, and the values they feed. */
	@Command(name = "show")
	static final class Show extends StoreCommands.StoreCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			Evaluation evaluation = opened.load(id);
			if (evaluation.getModuleData().isEmpty()) {
				err.println(NLS.bind(Messages.LedgerCommand_none, id));
			}
			for (ModuleData data : evaluation.getModuleData()) {
				if (data instanceof UninstalledModuleData kept) {
					out.println(NLS.bind(Messages.LedgerCommand_uninstalled, kept.getModuleId(), kept.getNsURI()));
					continue;
				}
				out.println(data.getModuleId() + ": " + ModuleLedgers.ledgers(data.eClass()).stream() //$NON-NLS-1$
						.map(l -> ModuleLedgers.label(l) + " " + ((List<?>) data.eGet(l)).size()).collect(Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (FeedResult result : LedgerFeeds.getDefault().compute(evaluation)) {
				Indicator indicator = result.indicator();
				out.println("  " + indicator.getName() + ": " + result.explanation() //$NON-NLS-1$ //$NON-NLS-2$
						+ (indicator.isActualByHand() ? "  " + NLS.bind(Messages.LedgerCommand_byHand, indicator.getActualText()) : "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return 0;
		}
	}

	/** {@code jixiao ledger export ID --module M FILE}: a module's ledgers as an .xlsx workbook. */
	@Command(name = "export")
	static final class Export extends StoreCommands.StoreCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Option(names = "--module", required = true, paramLabel = "MODULE", descriptionKey = "ledger.module")
		String module;

		@Parameters(index = "1", paramLabel = "FILE", descriptionKey = "ledger.exportFile")
		Path file;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			EClass dataClass = dataClass(module, err);
			if (dataClass == null) {
				return StoreCommands.BAD_INPUT;
			}
			Evaluation evaluation = opened.load(id);
			ModuleData data = ModuleLedgers.find(evaluation, module).filter(dataClass::isInstance).orElse(null);
			try {
				LedgerWorkbooks.write(dataClass, data, file);
			} catch (IOException e) {
				err.println(NLS.bind(Messages.LedgerCommand_unwritable, file, e.getMessage()));
				return StoreCommands.FAILED;
			}
			err.println(NLS.bind(Messages.LedgerCommand_exported, new Object[] { module, data == null ? 0 : ModuleLedgers.size(data), file }));
			return 0;
		}
	}

	/** {@code jixiao ledger import ID --module M FILE [--append]}: replaces (or extends) a module's ledgers from a workbook. */
	@Command(name = "import")
	static final class Import implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		StoreOptions store;

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Option(names = "--module", required = true, paramLabel = "MODULE", descriptionKey = "ledger.module")
		String module;

		@Parameters(index = "1", paramLabel = "FILE", descriptionKey = "ledger.importFile")
		Path file;

		@Option(names = "--append", descriptionKey = "ledger.append")
		boolean append;

		@Override
		@SuppressWarnings("unchecked")
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			EClass dataClass = dataClass(module, err);
			if (dataClass == null) {
				return StoreCommands.BAD_INPUT;
			}
			LedgerImport read;
			try {
				err.println(NLS.bind(Messages.ImportCommand_reading, file));
				read = LedgerWorkbooks.read(file, dataClass, module);
			} catch (ImportException e) {
				err.println(NLS.bind(Messages.ImportCommand_failed, file, e.getMessage()));
				return StoreCommands.BAD_INPUT;
			}
			return StoreCommands.withStore(spec, store, opened -> {
				StoredEvaluation stored = opened.loadStored(id);
				Evaluation evaluation = stored.evaluation();
				ModuleData data = ModuleLedgers.find(evaluation, module).filter(dataClass::isInstance).orElse(null);
				if (data == null) {
					evaluation.getModuleData().removeIf(d -> module.equals(d.getModuleId()));
					data = read.data();
					evaluation.getModuleData().add(data);
				} else {
					for (EReference ledger : ModuleLedgers.ledgers(dataClass)) {
						List<EObject> imported = new ArrayList<>((List<EObject>) read.data().eGet(ledger));
						List<EObject> target = (List<EObject>) data.eGet(ledger);
						if (!append && !imported.isEmpty()) {
							target.clear();
						}
						target.addAll(imported);
					}
				}
				Map<Indicator, String> before = new java.util.LinkedHashMap<>();
				LedgerFeeds feeds = LedgerFeeds.getDefault();
				feeds.compute(evaluation).forEach(r -> before.put(r.indicator(), r.indicator().getActualText()));
				feeds.apply(evaluation);
				// refused (ConflictException) when someone saved the evaluation since it was loaded
				opened.update(id, evaluation, store.auditUser(), stored.version());
				for (ImportProblem problem : read.problems()) {
					err.println("  " + problem); //$NON-NLS-1$
				}
				for (FeedResult result : feeds.compute(evaluation)) {
					String old = before.get(result.indicator());
					if (old != null && !old.equals(result.indicator().getActualText()) || old == null) {
						err.println(NLS.bind(Messages.LedgerCommand_fed, new Object[] { result.indicator().getName(), old == null ? "∅" : old, //$NON-NLS-1$
								result.indicator().getActualText(), result.explanation() }));
					}
				}
				long errors = read.problems().stream().filter(ImportProblem::isError).count();
				err.println(NLS.bind(errors == 0 ? Messages.LedgerCommand_imported : Messages.LedgerCommand_importedWithErrors,
						new Object[] { read.entries(), file, id, errors }));
				return errors == 0 ? 0 : StoreCommands.FAILED;
			}).orElse(StoreCommands.FAILED);
		}
	}

	private static EClass dataClass(String module, PrintWriter err) {
		IndicatorModule found = ModuleRegistry.getDefault().module(module).orElse(null);
		if (found == null || found.dataClass().isEmpty()) {
			err.println(NLS.bind(Messages.LedgerCommand_noLedgers, module, String.join(", ", ModuleRegistry.getDefault().modules().stream() //$NON-NLS-1$
					.filter(m -> m.dataClass().isPresent()).map(IndicatorModule::id).toList())));
			return null;
		}
		return found.dataClass().get();
	}
}
