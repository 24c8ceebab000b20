package org.jixiao.testing;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.model.evaluation.impl.LedgerEntryImpl;
import org.jixiao.model.evaluation.impl.ModuleDataImpl;

/**
 * A module's ledger package built at run time, as a third-party module the core and the store know
 * nothing of: {@code TestData} (a {@link ModuleData}) with one ledger {@code entries} of
 * {@code TestEntry} (name, done, amount, date), labelled in Chinese and English. It is registered in the global package registry when
 * this class loads; {@link #unregister()} makes the module "not installed".
 */
public final class TestLedgers {

	/** The package's namespace URI. */
	public static final String NS_URI = "http://jixiao.org/test/ledger/1.0"; //$NON-NLS-1$

	private static final EcoreFactory ECORE = EcoreFactory.eINSTANCE;
	private static final EPackage PACKAGE = ECORE.createEPackage();
	private static final EClass DATA = ECORE.createEClass();
	private static final EClass ENTRY = ECORE.createEClass();
	private static final EReference ENTRIES = ECORE.createEReference();
	private static final EAttribute NAME = attribute("name", EcorePackage.Literals.ESTRING); //$NON-NLS-1$
	private static final EAttribute DONE = attribute("done", EcorePackage.Literals.EBOOLEAN); //$NON-NLS-1$
	private static final EAttribute AMOUNT = attribute("amount", EcorePackage.Literals.EBIG_DECIMAL); //$NON-NLS-1$
	private static final EAttribute ON = attribute("on", EcorePackage.Literals.EDATE); //$NON-NLS-1$

	static {
		PACKAGE.setName("testledger"); //$NON-NLS-1$
		PACKAGE.setNsPrefix("testledger"); //$NON-NLS-1$
		PACKAGE.setNsURI(NS_URI);
		ENTRY.setName("TestEntry"); //$NON-NLS-1$
		ENTRY.getESuperTypes().add(EvaluationPackage.Literals.LEDGER_ENTRY);
		ENTRY.getEStructuralFeatures().addAll(List.of(NAME, DONE, AMOUNT, ON));
		DATA.setName("TestData"); //$NON-NLS-1$
		DATA.getESuperTypes().add(EvaluationPackage.Literals.MODULE_DATA);
		ENTRIES.setName("entries"); //$NON-NLS-1$
		ENTRIES.setEType(ENTRY);
		ENTRIES.setContainment(true);
		ENTRIES.setUpperBound(-1);
		DATA.getEStructuralFeatures().add(ENTRIES);
		PACKAGE.getEClassifiers().addAll(List.of(DATA, ENTRY));
		label(ENTRIES, "记录", "Records"); //$NON-NLS-1$ //$NON-NLS-2$
		label(NAME, "名称", "Name"); //$NON-NLS-1$ //$NON-NLS-2$
		label(DONE, "已办结", "Done"); //$NON-NLS-1$ //$NON-NLS-2$
		label(AMOUNT, "金额（元）", "Amount (yuan)"); //$NON-NLS-1$ //$NON-NLS-2$
		label(ON, "日期", "Date"); //$NON-NLS-1$ //$NON-NLS-2$
		PACKAGE.setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				return eClass == DATA ? new Data() : new Entry();
			}
		});
		register();
	}

	private TestLedgers() {
	}

	/** Registers the package: the module is installed. */
	public static void register() {
		EPackage.Registry.INSTANCE.put(NS_URI, PACKAGE);
	}

	/** Removes the package from the registry: the module is not installed. */
	public static void unregister() {
		EPackage.Registry.INSTANCE.remove(NS_URI);
	}

	/** @return the data class */
	public static EClass dataClass() {
		return DATA;
	}

	/**
	 * @param moduleId the module's id
	 * @return new, empty data of the module
	 */
	public static ModuleData data(String moduleId) {
		ModuleData data = new Data();
		data.setModuleId(moduleId);
		return data;
	}

	/**
	 * Adds an entry to the data's ledger.
	 *
	 * @param data data made by {@link #data(String)}
	 * @param uid the entry's uid, or {@code null}
	 * @param name its name
	 * @param done whether it is done
	 * @param amount its amount, or {@code null}
	 * @param on its date, or {@code null}
	 * @return the entry
	 */
	public static EObject add(ModuleData data, String uid, String name, boolean done, BigDecimal amount, Date on) {
		Entry entry = new Entry();
		entry.setUid(uid);
		entry.eSet(NAME, name);
		entry.eSet(DONE, done);
		entry.eSet(AMOUNT, amount);
		entry.eSet(ON, on);
		entries(data).add(entry);
		return entry;
	}

	/**
	 * @param data data made by {@link #data(String)}
	 * @return its entries, live
	 */
	@SuppressWarnings("unchecked")
	public static List<EObject> entries(ModuleData data) {
		return (List<EObject>) data.eGet(ENTRIES);
	}

	private static void label(org.eclipse.emf.ecore.EModelElement element, String chinese, String english) {
		org.eclipse.emf.ecore.EAnnotation annotation = ECORE.createEAnnotation();
		annotation.setSource(ModuleLedgers.LABELS);
		annotation.getDetails().put("label", chinese); //$NON-NLS-1$
		annotation.getDetails().put("label.en", english); //$NON-NLS-1$
		element.getEAnnotations().add(annotation);
	}

	private static EAttribute attribute(String name, org.eclipse.emf.ecore.EDataType type) {
		EAttribute attribute = ECORE.createEAttribute();
		attribute.setName(name);
		attribute.setEType(type);
		return attribute;
	}

	/** The data object: the generated ModuleData class, given the dynamic class. */
	private static final class Data extends ModuleDataImpl {
		Data() {
			eSetClass(DATA);
		}
	}

	/** An entry: the generated LedgerEntry class, given the dynamic class. */
	private static final class Entry extends LedgerEntryImpl {
		Entry() {
			eSetClass(ENTRY);
		}
	}
}
