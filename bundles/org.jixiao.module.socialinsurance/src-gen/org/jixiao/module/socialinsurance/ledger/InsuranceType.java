/**
 */
package org.jixiao.module.socialinsurance.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Insurance Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A social insurance of enterprise employees.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getInsuranceType()
 * @model annotation="http://jixiao.org/ledger label='\u9669\u79cd' label.en='Insurance'"
 * @generated
 */
public enum InsuranceType implements Enumerator {
	/**
	 * The '<em><b>PENSION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PENSION_VALUE
	 * @generated
	 * @ordered
	 */
	PENSION(0, "PENSION", "\u4f01\u4e1a\u804c\u5de5\u57fa\u672c\u517b\u8001\u4fdd\u9669"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INJURY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INJURY_VALUE
	 * @generated
	 * @ordered
	 */
	INJURY(1, "INJURY", "\u5de5\u4f24\u4fdd\u9669"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNEMPLOYMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNEMPLOYMENT_VALUE
	 * @generated
	 * @ordered
	 */
	UNEMPLOYMENT(2, "UNEMPLOYMENT", "\u5931\u4e1a\u4fdd\u9669"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PENSION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PENSION
	 * @model literal="\u4f01\u4e1a\u804c\u5de5\u57fa\u672c\u517b\u8001\u4fdd\u9669"
	 *        annotation="http://jixiao.org/ledger label='\u4f01\u4e1a\u804c\u5de5\u57fa\u672c\u517b\u8001\u4fdd\u9669' label.en='Basic pension'"
	 * @generated
	 * @ordered
	 */
	public static final int PENSION_VALUE = 0;

	/**
	 * The '<em><b>INJURY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INJURY
	 * @model literal="\u5de5\u4f24\u4fdd\u9669"
	 *        annotation="http://jixiao.org/ledger label='\u5de5\u4f24\u4fdd\u9669' label.en='Work injury insurance'"
	 * @generated
	 * @ordered
	 */
	public static final int INJURY_VALUE = 1;

	/**
	 * The '<em><b>UNEMPLOYMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNEMPLOYMENT
	 * @model literal="\u5931\u4e1a\u4fdd\u9669"
	 *        annotation="http://jixiao.org/ledger label='\u5931\u4e1a\u4fdd\u9669' label.en='Unemployment insurance'"
	 * @generated
	 * @ordered
	 */
	public static final int UNEMPLOYMENT_VALUE = 2;

	/**
	 * An array of all the '<em><b>Insurance Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InsuranceType[] VALUES_ARRAY =
		new InsuranceType[] {
			PENSION,
			INJURY,
			UNEMPLOYMENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Insurance Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InsuranceType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Insurance Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InsuranceType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InsuranceType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Insurance Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InsuranceType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InsuranceType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Insurance Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InsuranceType get(int value) {
		switch (value) {
			case PENSION_VALUE: return PENSION;
			case INJURY_VALUE: return INJURY;
			case UNEMPLOYMENT_VALUE: return UNEMPLOYMENT;
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
	private InsuranceType(int value, String name, String literal) {
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
	
} //InsuranceType
