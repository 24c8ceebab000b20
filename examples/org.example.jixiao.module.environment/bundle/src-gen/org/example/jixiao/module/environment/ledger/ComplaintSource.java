/**
 */
package org.example.jixiao.module.environment.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Complaint Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The channels environmental complaints come through.
 * <!-- end-model-doc -->
 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getComplaintSource()
 * @model annotation="http://jixiao.org/ledger label='\u4fe1\u8bbf\u6765\u6e90' label.en='Complaint source'"
 * @generated
 */
public enum ComplaintSource implements Enumerator {
	/**
	 * The '<em><b>HOTLINE 12345</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOTLINE_12345_VALUE
	 * @generated
	 * @ordered
	 */
	HOTLINE_12345(0, "HOTLINE_12345", "12345\u70ed\u7ebf"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HOTLINE 12369</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOTLINE_12369_VALUE
	 * @generated
	 * @ordered
	 */
	HOTLINE_12369(1, "HOTLINE_12369", "12369\u73af\u4fdd\u70ed\u7ebf"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LETTERS AND VISITS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LETTERS_AND_VISITS_VALUE
	 * @generated
	 * @ordered
	 */
	LETTERS_AND_VISITS(2, "LETTERS_AND_VISITS", "\u6765\u4fe1\u6765\u8bbf"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HOTLINE 12345</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOTLINE_12345
	 * @model literal="12345\u70ed\u7ebf"
	 *        annotation="http://jixiao.org/ledger label='12345\u70ed\u7ebf' label.en='12345 hotline'"
	 * @generated
	 * @ordered
	 */
	public static final int HOTLINE_12345_VALUE = 0;

	/**
	 * The '<em><b>HOTLINE 12369</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOTLINE_12369
	 * @model literal="12369\u73af\u4fdd\u70ed\u7ebf"
	 *        annotation="http://jixiao.org/ledger label='12369\u73af\u4fdd\u70ed\u7ebf' label.en='12369 environment hotline'"
	 * @generated
	 * @ordered
	 */
	public static final int HOTLINE_12369_VALUE = 1;

	/**
	 * The '<em><b>LETTERS AND VISITS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LETTERS_AND_VISITS
	 * @model literal="\u6765\u4fe1\u6765\u8bbf"
	 *        annotation="http://jixiao.org/ledger label='\u6765\u4fe1\u6765\u8bbf' label.en='Letters and visits'"
	 * @generated
	 * @ordered
	 */
	public static final int LETTERS_AND_VISITS_VALUE = 2;

	/**
	 * An array of all the '<em><b>Complaint Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComplaintSource[] VALUES_ARRAY =
		new ComplaintSource[] {
			HOTLINE_12345,
			HOTLINE_12369,
			LETTERS_AND_VISITS,
		};

	/**
	 * A public read-only list of all the '<em><b>Complaint Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComplaintSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Complaint Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintSource get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplaintSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Complaint Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintSource getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComplaintSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Complaint Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComplaintSource get(int value) {
		switch (value) {
			case HOTLINE_12345_VALUE: return HOTLINE_12345;
			case HOTLINE_12369_VALUE: return HOTLINE_12369;
			case LETTERS_AND_VISITS_VALUE: return LETTERS_AND_VISITS;
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
	private ComplaintSource(int value, String name, String literal) {
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
	
} //ComplaintSource
