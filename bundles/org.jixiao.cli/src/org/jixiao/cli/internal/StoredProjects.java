package org.jixiao.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreException;

/**
 * The project evaluations (项目支出, 结转项目) stored beside a department's evaluation: those of the same
 * department name and fiscal year. Their link to the department's budget projects is the project code.
 */
final class StoredProjects {

	/**
	 * A stored project evaluation.
	 *
	 * @param id its id in the store
	 * @param evaluation the loaded evaluation
	 */
	record Entry(long id, Evaluation evaluation) {
	}

	private StoredProjects() {
	}

	/**
	 * @param store the open store
	 * @param department a department's evaluation
	 * @return the stored project evaluations of its department and year, in the store's order
	 * @throws StoreException when the store fails
	 */
	static List<Entry> of(EvaluationStore store, Evaluation department) throws StoreException {
		List<Entry> entries = new ArrayList<>();
		if (department.getDepartment() == null || department.getDepartment().getName() == null) {
			return entries;
		}
		for (EvaluationSummary summary : store
				.list(EvaluationQuery.all().department(department.getDepartment().getName()).year(department.getFiscalYear()))) {
			Evaluation evaluation = store.load(summary.id());
			if (evaluation.getKind() != EvaluationKind.DEPARTMENT) {
				entries.add(new Entry(summary.id(), evaluation));
			}
		}
		return entries;
	}
}
