package org.jixiao.ui.internal.views;

import java.util.function.Predicate;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * A JFace tree content and label provider over EMF.Edit item providers (what
 * {@code AdapterFactoryContentProvider} of {@code emf.edit.ui} does, which is not available here):
 * children and labels come from the adapter factory's {@link ITreeItemContentProvider} and
 * {@link IItemLabelProvider}, filtered to the elements a viewer shows, and the viewer is refreshed
 * when an item provider reports a change.
 */
final class ItemProviderContent extends LabelProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory factory;
	private final Predicate<Object> shown;
	private StructuredViewer viewer;
	private boolean refreshPending;

	/**
	 * @param factory the item providers' adapter factory
	 * @param shown which children the tree shows
	 */
	ItemProviderContent(AdapterFactory factory, Predicate<Object> shown) {
		this.factory = factory;
		this.shown = shown;
		if (factory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = (StructuredViewer) newViewer;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		Object provider = factory.adapt(parent, ITreeItemContentProvider.class);
		if (!(provider instanceof ITreeItemContentProvider tree)) {
			return new Object[0];
		}
		return tree.getChildren(parent).stream().filter(shown).toArray();
	}

	@Override
	public Object getParent(Object element) {
		Object provider = factory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}

	@Override
	public String getText(Object element) {
		Object provider = factory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider label ? label.getText(element) : String.valueOf(element);
	}

	@Override
	public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
		if (viewer == null || refreshPending || viewer.getControl().isDisposed()) {
			return;
		}
		refreshPending = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh(true);
			}
		});
	}

	@Override
	public void dispose() {
		if (factory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		super.dispose();
	}
}
