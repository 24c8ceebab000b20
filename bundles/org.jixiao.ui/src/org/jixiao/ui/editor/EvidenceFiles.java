package org.jixiao.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.jixiao.store.Evidence;
import org.jixiao.ui.RepositoryException;

/**
 * The evidence files (佐证材料) of the evaluation open in the editor, by row: an indicator or a ledger
 * entry, known by its uid. Adding and removing write to the database at once, not with the editor's
 * save, and are not undone with it; the editor says so wherever files are attached. Given by the
 * editor ({@link ModuleEditorPageContext#evidence()}); used on the UI thread.
 */
public interface EvidenceFiles {

	/** The family of the jobs that attach files, for waiting on them. */
	Object JOB_FAMILY = EvidenceFiles.class;

	/**
	 * @param owner an indicator or a ledger entry
	 * @return the files attached to it, in the order they were attached; none for a row without a uid
	 */
	List<Evidence> of(EObject owner);

	/**
	 * Attaches files to a row in a job with progress and cancellation, each stored at once; a file that
	 * cannot be stored (missing, a folder, too large, the evaluation not yet saved) is named in a
	 * message and the others are stored. A row without a uid gets one first, as a change of the
	 * evaluation to be saved.
	 *
	 * @param owner an indicator or a ledger entry
	 * @param files the files
	 */
	void attach(EObject owner, List<Path> files);

	/**
	 * Writes a file into a folder, under its name made safe.
	 *
	 * @param evidence a file of this evaluation
	 * @param folder the folder
	 * @return the file written
	 * @throws RepositoryException when it cannot be read or written
	 */
	Path export(Evidence evidence, Path folder) throws RepositoryException;

	/**
	 * Opens a file with the system's viewer for its type (a copy in a temporary folder); a message
	 * says so when there is none or it cannot be read.
	 *
	 * @param evidence a file of this evaluation
	 */
	void open(Evidence evidence);

	/**
	 * Removes a file from the database at once; a message names a failure.
	 *
	 * @param evidence a file of this evaluation
	 */
	void remove(Evidence evidence);

	/** @param listener runs on the UI thread after the files changed */
	void addListener(Runnable listener);

	/** @param listener a listener added before */
	void removeListener(Runnable listener);
}
