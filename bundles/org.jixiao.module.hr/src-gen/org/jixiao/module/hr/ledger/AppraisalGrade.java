/**
 */
package org.jixiao.module.hr.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Appraisal Grade</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The grades of the annual appraisal.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.hr.ledger.HrPackage#getAppraisalGrade()
 * @model annotation="http://jixiao.org/ledger label='\u8003\u6838\u7b49\u6b21' label.en='Appraisal grade'"
 * @generated
 */
public enum AppraisalGrade implements Enumerator {
	/**
	 * The '<em><b>EXCELLENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCELLENT_VALUE
	 * @generated
	 * @ordered
	 */
	EXCELLENT(0, "EXCELLENT", "\u4f18\u79c0"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMPETENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPETENT_VALUE
	 * @generated
	 * @ordered
	 */
	COMPETENT(1, "COMPETENT", "\u79f0\u804c"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>BASICALLY COMPETENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASICALLY_COMPETENT_VALUE
	 * @generated
	 * @ordered
	 */
	BASICALLY_COMPETENT(2, "BASICALLY_COMPETENT", "\u57fa\u672c\u79f0\u804c"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INCOMPETENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INCOMPETENT_VALUE
	 * @generated
	 * @ordered
	 */
	INCOMPETENT(3, "INCOMPETENT", "\u4e0d\u79f0\u804c"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNGRADED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNGRADED_VALUE
	 * @generated
	 * @ordered
	 */
	UNGRADED(4, "UNGRADED", "\u4e0d\u5b9a\u7b49\u6b21"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EXCELLENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCELLENT
	 * @model literal="\u4f18\u79c0"
	 *        annotation="http://jixiao.org/ledger label='\u4f18\u79c0' label.en='Excellent'"
	 * @generated
	 * @ordered
	 */
	public static final int EXCELLENT_VALUE = 0;

	/**
	 * The '<em><b>COMPETENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPETENT
	 * @model literal="\u79f0\u804c"
	 *        annotation="http://jixiao.org/ledger label='\u79f0\u804c' label.en='Competent'"
	 * @generated
	 * @ordered
	 */
	public static final int COMPETENT_VALUE = 1;

	/**
	 * The '<em><b>BASICALLY COMPETENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASICALLY_COMPETENT
	 * @model literal="\u57fa\u672c\u79f0\u804c"
	 *        annotation="http://jixiao.org/ledger label='\u57fa\u672c\u79f0\u804c' label.en='Basically competent'"
	 * @generated
	 * @ordered
	 */
	public static final int BASICALLY_COMPETENT_VALUE = 2;

	/**
	 * The '<em><b>INCOMPETENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INCOMPETENT
	 * @model literal="\u4e0d\u79f0\u804c"
	 *        annotation="http://jixiao.org/ledger label='\u4e0d\u79f0\u804c' label.en='Incompetent'"
	 * @generated
	 * @ordered
	 */
	public static final int INCOMPETENT_VALUE = 3;

	/**
	 * The '<em><b>UNGRADED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNGRADED
	 * @model literal="\u4e0d\u5b9a\u7b49\u6b21"
	 *        annotation="http://jixiao.org/ledger label='\u4e0d\u5b9a\u7b49\u6b21' label.en='Not graded'"
	 * @generated
	 * @ordered
	 */
	public static final int UNGRADED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Appraisal Grade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AppraisalGrade[] VALUES_ARRAY =
		new AppraisalGrade[] {
			EXCELLENT,
			COMPETENT,
			BASICALLY_COMPETENT,
			INCOMPETENT,
			UNGRADED,
		};

	/**
	 * A public read-only list of all the '<em><b>Appraisal Grade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AppraisalGrade> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Appraisal Grade</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AppraisalGrade get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AppraisalGrade result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Appraisal Grade</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AppraisalGrade getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AppraisalGrade result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Appraisal Grade</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AppraisalGrade get(int value) {
		switch (value) {
			case EXCELLENT_VALUE: return EXCELLENT;
			case COMPETENT_VALUE: return COMPETENT;
			case BASICALLY_COMPETENT_VALUE: return BASICALLY_COMPETENT;
			case INCOMPETENT_VALUE: return INCOMPETENT;
			case UNGRADED_VALUE: return UNGRADED;
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
	private AppraisalGrade(int value, String name, String literal) {
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
	
} //AppraisalGrade
