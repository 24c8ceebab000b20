/**
 */
package org.jixiao.module.partybuilding.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Meeting Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of meetings a party organisation holds.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMeetingKind()
 * @model annotation="http://jixiao.org/ledger label='\u4f1a\u8bae\u7c7b\u578b' label.en='Meeting kind'"
 * @generated
 */
public enum MeetingKind implements Enumerator {
	/**
	 * The '<em><b>THREE MEETINGS ONE LESSON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREE_MEETINGS_ONE_LESSON_VALUE
	 * @generated
	 * @ordered
	 */
	THREE_MEETINGS_ONE_LESSON(0, "THREE_MEETINGS_ONE_LESSON", "\u4e09\u4f1a\u4e00\u8bfe"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WORKING COMMITTEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKING_COMMITTEE_VALUE
	 * @generated
	 * @ordered
	 */
	WORKING_COMMITTEE(1, "WORKING_COMMITTEE", "\u515a\u5de5\u59d4\u4f1a\u8bae"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CENTRAL GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRAL_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRAL_GROUP(2, "CENTRAL_GROUP", "\u4e2d\u5fc3\u7ec4\u5b66\u4e60"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>THEME DAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEME_DAY_VALUE
	 * @generated
	 * @ordered
	 */
	THEME_DAY(3, "THEME_DAY", "\u4e3b\u9898\u515a\u65e5"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>THREE MEETINGS ONE LESSON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREE_MEETINGS_ONE_LESSON
	 * @model literal="\u4e09\u4f1a\u4e00\u8bfe"
	 *        annotation="http://jixiao.org/ledger label='\u4e09\u4f1a\u4e00\u8bfe' label.en='Three meetings and one lesson'"
	 * @generated
	 * @ordered
	 */
	public static final int THREE_MEETINGS_ONE_LESSON_VALUE = 0;

	/**
	 * The '<em><b>WORKING COMMITTEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKING_COMMITTEE
	 * @model literal="\u515a\u5de5\u59d4\u4f1a\u8bae"
	 *        annotation="http://jixiao.org/ledger label='\u515a\u5de5\u59d4\u4f1a\u8bae' label.en='Party working committee meeting'"
	 * @generated
	 * @ordered
	 */
	public static final int WORKING_COMMITTEE_VALUE = 1;

	/**
	 * The '<em><b>CENTRAL GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRAL_GROUP
	 * @model literal="\u4e2d\u5fc3\u7ec4\u5b66\u4e60"
	 *        annotation="http://jixiao.org/ledger label='\u4e2d\u5fc3\u7ec4\u5b66\u4e60' label.en='Central group study'"
	 * @generated
	 * @ordered
	 */
	public static final int CENTRAL_GROUP_VALUE = 2;

	/**
	 * The '<em><b>THEME DAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THEME_DAY
	 * @model literal="\u4e3b\u9898\u515a\u65e5"
	 *        annotation="http://jixiao.org/ledger label='\u4e3b\u9898\u515a\u65e5' label.en='Party theme day'"
	 * @generated
	 * @ordered
	 */
	public static final int THEME_DAY_VALUE = 3;

	/**
	 * An array of all the '<em><b>Meeting Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeetingKind[] VALUES_ARRAY =
		new MeetingKind[] {
			THREE_MEETINGS_ONE_LESSON,
			WORKING_COMMITTEE,
			CENTRAL_GROUP,
			THEME_DAY,
		};

	/**
	 * A public read-only list of all the '<em><b>Meeting Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeetingKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Meeting Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeetingKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meeting Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeetingKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meeting Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingKind get(int value) {
		switch (value) {
			case THREE_MEETINGS_ONE_LESSON_VALUE: return THREE_MEETINGS_ONE_LESSON;
			case WORKING_COMMITTEE_VALUE: return WORKING_COMMITTEE;
			case CENTRAL_GROUP_VALUE: return CENTRAL_GROUP;
			case THEME_DAY_VALUE: return THEME_DAY;
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
	private MeetingKind(int value, String name, String literal) {
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
	
} //MeetingKind
