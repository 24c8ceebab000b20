/**
 */
package org.jixiao.module.partybuilding.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Member Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The stages of party member development, in order.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMemberStage()
 * @model annotation="http://jixiao.org/ledger label='\u53d1\u5c55\u9636\u6bb5' label.en='Stage'"
 * @generated
 */
public enum MemberStage implements Enumerator {
	/**
	 * The '<em><b>APPLICANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICANT_VALUE
	 * @generated
	 * @ordered
	 */
	APPLICANT(0, "APPLICANT", "\u5165\u515a\u7533\u8bf7\u4eba"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ACTIVIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVIST_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIVIST(1, "ACTIVIST", "\u5165\u515a\u79ef\u6781\u5206\u5b50"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CANDIDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANDIDATE_VALUE
	 * @generated
	 * @ordered
	 */
	CANDIDATE(2, "CANDIDATE", "\u53d1\u5c55\u5bf9\u8c61"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PROBATIONARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBATIONARY_VALUE
	 * @generated
	 * @ordered
	 */
	PROBATIONARY(3, "PROBATIONARY", "\u9884\u5907\u515a\u5458"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FULL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_VALUE
	 * @generated
	 * @ordered
	 */
	FULL(4, "FULL", "\u6b63\u5f0f\u515a\u5458"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>APPLICANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLICANT
	 * @model literal="\u5165\u515a\u7533\u8bf7\u4eba"
	 *        annotation="http://jixiao.org/ledger label='\u5165\u515a\u7533\u8bf7\u4eba' label.en='Applicant'"
	 * @generated
	 * @ordered
	 */
	public static final int APPLICANT_VALUE = 0;

	/**
	 * The '<em><b>ACTIVIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVIST
	 * @model literal="\u5165\u515a\u79ef\u6781\u5206\u5b50"
	 *        annotation="http://jixiao.org/ledger label='\u5165\u515a\u79ef\u6781\u5206\u5b50' label.en='Activist'"
	 * @generated
	 * @ordered
	 */
	public static final int ACTIVIST_VALUE = 1;

	/**
	 * The '<em><b>CANDIDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANDIDATE
	 * @model literal="\u53d1\u5c55\u5bf9\u8c61"
	 *        annotation="http://jixiao.org/ledger label='\u53d1\u5c55\u5bf9\u8c61' label.en='Candidate for development'"
	 * @generated
	 * @ordered
	 */
	public static final int CANDIDATE_VALUE = 2;

	/**
	 * The '<em><b>PROBATIONARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROBATIONARY
	 * @model literal="\u9884\u5907\u515a\u5458"
	 *        annotation="http://jixiao.org/ledger label='\u9884\u5907\u515a\u5458' label.en='Probationary member'"
	 * @generated
	 * @ordered
	 */
	public static final int PROBATIONARY_VALUE = 3;

	/**
	 * The '<em><b>FULL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL
	 * @model literal="\u6b63\u5f0f\u515a\u5458"
	 *        annotation="http://jixiao.org/ledger label='\u6b63\u5f0f\u515a\u5458' label.en='Full member'"
	 * @generated
	 * @ordered
	 */
	public static final int FULL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Member Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MemberStage[] VALUES_ARRAY =
		new MemberStage[] {
			APPLICANT,
			ACTIVIST,
			CANDIDATE,
			PROBATIONARY,
			FULL,
		};

	/**
	 * A public read-only list of all the '<em><b>Member Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MemberStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Member Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MemberStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MemberStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Member Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MemberStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MemberStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Member Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MemberStage get(int value) {
		switch (value) {
			case APPLICANT_VALUE: return APPLICANT;
			case ACTIVIST_VALUE: return ACTIVIST;
			case CANDIDATE_VALUE: return CANDIDATE;
			case PROBATIONARY_VALUE: return PROBATIONARY;
			case FULL_VALUE: return FULL;
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
	private MemberStage(int value, String name, String literal) {
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
	
} //MemberStage
