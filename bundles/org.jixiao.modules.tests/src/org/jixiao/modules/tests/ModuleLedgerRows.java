package org.jixiao.modules.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.ModuleData;

/** A module's ledgers as comparable text: what a workbook keeps of them (every field but the uid). */
final class ModuleLedgerRows {

	private ModuleLedgerRows() {
	}

	/**
	 * @param data a module's data
	 * @return one line per entry, {@code ledger: field=value, …}, amounts without trailing zeros
	 */
	static List<String> rows(ModuleData data) {
		List<String> rows = new ArrayList<>();
		for (EReference ledger : ModuleLedgers.ledgers(data.eClass())) {
			for (EObject entry : ModuleLedgers.entries(data, ledger.getName())) {
				StringBuilder row = new StringBuilder(ledger.getName()).append(':');
				for (EAttribute field : entry.eClass().getEAllAttributes()) {
					if (field != EvaluationPackage.Literals.LEDGER_ENTRY__UID) {
						Object value = entry.eGet(field);
						row.append(' ').append(field.getName()).append('=')
								.append(value instanceof BigDecimal amount ? amount.stripTrailingZeros().toPlainString() : value);
					}
				}
				rows.add(row.toString());
			}
		}
		return rows;
	}
}
