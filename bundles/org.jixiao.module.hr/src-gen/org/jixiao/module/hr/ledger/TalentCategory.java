/**
 */
package org.jixiao.module.hr.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Talent Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The categories of the talent pool.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.hr.ledger.HrPackage#getTalentCategory()
 * @model annotation="http://jixiao.org/ledger label='\u4eba\u624d\u7c7b\u522b' label.en='Talent category'"
 * @generated
 */
public enum TalentCategory implements Enumerator {
	/**
	 * The '<em><b>LEADING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADING_VALUE
	 * @generated
	 * @ordered
	 */
	LEADING(0, "LEADING", "\u9ad8\u5c42\u6b21\u9886\u519b\u4eba\u624d"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INNOVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION_VALUE
	 * @generated
	 * @ordered
	 */
	INNOVATION(1, "INNOVATION", "\u79d1\u6280\u521b\u65b0\u4eba\u624d"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ENTREPRENEUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTREPRENEUR_VALUE
	 * @generated
	 * @ordered
	 */
	ENTREPRENEUR(2, "ENTREPRENEUR", "\u521b\u4e1a\u4eba\u624d"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGEMENT(3, "MANAGEMENT", "\u7ecf\u8425\u7ba1\u7406\u4eba\u624d"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SKILLED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKILLED_VALUE
	 * @generated
	 * @ordered
	 */
	SKILLED(4, "SKILLED", "\u9ad8\u6280\u80fd\u4eba\u624d"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>YOUNG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUNG_VALUE
	 * @generated
	 * @ordered
	 */
	YOUNG(5, "YOUNG", "\u9752\u5e74\u4eba\u624d"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LEADING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEADING
	 * @model literal="\u9ad8\u5c42\u6b21\u9886\u519b\u4eba\u624d"
	 *        annotation="http://jixiao.org/ledger label='\u9ad8\u5c42\u6b21\u9886\u519b\u4eba\u624d' label.en='Leading talent'"
	 * @generated
	 * @ordered
	 */
	public static final int LEADING_VALUE = 0;

	/**
	 * The '<em><b>INNOVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INNOVATION
	 * @model literal="\u79d1\u6280\u521b\u65b0\u4eba\u624d"
	 *        annotation="http://jixiao.org/ledger label='\u79d1\u6280\u521b\u65b0\u4eba\u624d' label.en='Science and technology innovator'"
	 * @generated
	 * @ordered
	 */
	public static final int INNOVATION_VALUE = 1;

	/**
	 * The '<em><b>ENTREPRENEUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTREPRENEUR
	 * @model literal="\u521b\u4e1a\u4eba\u624d"
	 *        annotation="http://jixiao.org/ledger label='\u521b\u4e1a\u4eba\u624d' label.en='Entrepreneur'"
	 * @generated
	 * @ordered
	 */
	public static final int ENTREPRENEUR_VALUE = 2;

	/**
	 * The '<em><b>MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGEMENT
	 * @model literal="\u7ecf\u8425\u7ba1\u7406\u4eba\u624d"
	 *        annotation="http://jixiao.org/ledger label='\u7ecf\u8425\u7ba1\u7406\u4eba\u624d' label.en='Business manager'"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGEMENT_VALUE = 3;

	/**
	 * The '<em><b>SKILLED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKILLED
	 * @model literal="\u9ad8\u6280\u80fd\u4eba\u624d"
	 *        annotation="http://jixiao.org/ledger label='\u9ad8\u6280\u80fd\u4eba\u624d' label.en='Highly skilled worker'"
	 * @generated
	 * @ordered
	 */
	public static final int SKILLED_VALUE = 4;

	/**
	 * The '<em><b>YOUNG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUNG
	 * @model literal="\u9752\u5e74\u4eba\u624d"
	 *        annotation="http://jixiao.org/ledger label='\u9752\u5e74\u4eba\u624d' label.en='Young talent'"
	 * @generated
	 * @ordered
	 */
	public static final int YOUNG_VALUE = 5;

	/**
	 * An array of all the '<em><b>Talent Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TalentCategory[] VALUES_ARRAY =
		new TalentCategory[] {
			LEADING,
			INNOVATION,
			ENTREPRENEUR,
			MANAGEMENT,
			SKILLED,
			YOUNG,
		};

	/**
	 * A public read-only list of all the '<em><b>Talent Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TalentCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Talent Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TalentCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TalentCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Talent Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TalentCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TalentCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Talent Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TalentCategory get(int value) {
		switch (value) {
			case LEADING_VALUE: return LEADING;
			case INNOVATION_VALUE: return INNOVATION;
			case ENTREPRENEUR_VALUE: return ENTREPRENEUR;
			case MANAGEMENT_VALUE: return MANAGEMENT;
			case SKILLED_VALUE: return SKILLED;
			case YOUNG_VALUE: return YOUNG;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TalentCategory(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TalentCategory
