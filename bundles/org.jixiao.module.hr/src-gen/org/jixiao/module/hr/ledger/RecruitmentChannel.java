/**
 */
package org.jixiao.module.hr.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Recruitment Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How an employee is recruited.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.hr.ledger.HrPackage#getRecruitmentChannel()
 * @model annotation="http://jixiao.org/ledger label='\u62db\u8058\u65b9\u5f0f' label.en='Recruitment channel'"
 * @generated
 */
public enum RecruitmentChannel implements Enumerator {
	/**
	 * The '<em><b>OPEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN(0, "OPEN", "\u516c\u5f00\u62db\u8058"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CAMPUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMPUS_VALUE
	 * @generated
	 * @ordered
	 */
	CAMPUS(1, "CAMPUS", "\u6821\u56ed\u62db\u8058"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TRANSFER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSFER_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSFER(2, "TRANSFER", "\u9009\u8c03"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(3, "OTHER", "\u5176\u4ed6"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OPEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN
	 * @model literal="\u516c\u5f00\u62db\u8058"
	 *        annotation="http://jixiao.org/ledger label='\u516c\u5f00\u62db\u8058' label.en='Open recruitment'"
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_VALUE = 0;

	/**
	 * The '<em><b>CAMPUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMPUS
	 * @model literal="\u6821\u56ed\u62db\u8058"
	 *        annotation="http://jixiao.org/ledger label='\u6821\u56ed\u62db\u8058' label.en='Campus recruitment'"
	 * @generated
	 * @ordered
	 */
	public static final int CAMPUS_VALUE = 1;

	/**
	 * The '<em><b>TRANSFER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSFER
	 * @model literal="\u9009\u8c03"
	 *        annotation="http://jixiao.org/ledger label='\u9009\u8c03' label.en='Transfer'"
	 * @generated
	 * @ordered
	 */
	public static final int TRANSFER_VALUE = 2;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="\u5176\u4ed6"
	 *        annotation="http://jixiao.org/ledger label='\u5176\u4ed6' label.en='Other'"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Recruitment Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RecruitmentChannel[] VALUES_ARRAY =
		new RecruitmentChannel[] {
			OPEN,
			CAMPUS,
			TRANSFER,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Recruitment Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RecruitmentChannel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Recruitment Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecruitmentChannel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RecruitmentChannel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recruitment Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecruitmentChannel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RecruitmentChannel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recruitment Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecruitmentChannel get(int value) {
		switch (value) {
			case OPEN_VALUE: return OPEN;
			case CAMPUS_VALUE: return CAMPUS;
			case TRANSFER_VALUE: return TRANSFER;
			case OTHER_VALUE: return OTHER;
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
	private RecruitmentChannel(int value, String name, String literal) {
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
	
} //RecruitmentChannel
