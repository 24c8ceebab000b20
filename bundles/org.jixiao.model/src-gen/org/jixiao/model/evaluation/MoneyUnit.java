/**
 */
package org.jixiao.model.evaluation;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Money Unit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The money unit a table is presented in.
 * <!-- end-model-doc -->
 * @see org.jixiao.model.evaluation.EvaluationPackage#getMoneyUnit()
 * @model
 * @generated
 */
public enum MoneyUnit implements Enumerator {
	/**
	 * The '<em><b>YUAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YUAN_VALUE
	 * @generated
	 * @ordered
	 */
	YUAN(0, "YUAN", "\u5143"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WAN YUAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAN_YUAN_VALUE
	 * @generated
	 * @ordered
	 */
	WAN_YUAN(1, "WAN_YUAN", "\u4e07\u5143"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>YUAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YUAN
	 * @model literal="\u5143"
	 * @generated
	 * @ordered
	 */
	public static final int YUAN_VALUE = 0;

	/**
	 * The '<em><b>WAN YUAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAN_YUAN
	 * @model literal="\u4e07\u5143"
	 * @generated
	 * @ordered
	 */
	public static final int WAN_YUAN_VALUE = 1;

	/**
	 * An array of all the '<em><b>Money Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MoneyUnit[] VALUES_ARRAY =
		new MoneyUnit[] {
			YUAN,
			WAN_YUAN,
		};

	/**
	 * A public read-only list of all the '<em><b>Money Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MoneyUnit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Money Unit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MoneyUnit get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MoneyUnit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Money Unit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MoneyUnit getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MoneyUnit result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Money Unit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MoneyUnit get(int value) {
		switch (value) {
			case YUAN_VALUE: return YUAN;
			case WAN_YUAN_VALUE: return WAN_YUAN;
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
	private MoneyUnit(int value, String name, String literal) {
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
	
} //MoneyUnit
