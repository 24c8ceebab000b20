/**
 */
package org.jixiao.module.businessenv.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Event Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of events the module counts.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEventKind()
 * @model annotation="http://jixiao.org/ledger label='\u6d3b\u52a8\u7c7b\u522b' label.en='Event kind'"
 * @generated
 */
public enum EventKind implements Enumerator {
	/**
	 * The '<em><b>FORUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORUM_VALUE
	 * @generated
	 * @ordered
	 */
	FORUM(0, "FORUM", "\u4f01\u4e1a\u5ea7\u8c08\u4f1a"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ONSITE OFFICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONSITE_OFFICE_VALUE
	 * @generated
	 * @ordered
	 */
	ONSITE_OFFICE(1, "ONSITE_OFFICE", "\u73b0\u573a\u96c6\u4e2d\u529e\u516c\u6d3b\u52a8"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FORUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORUM
	 * @model literal="\u4f01\u4e1a\u5ea7\u8c08\u4f1a"
	 *        annotation="http://jixiao.org/ledger label='\u4f01\u4e1a\u5ea7\u8c08\u4f1a' label.en='Enterprise forum'"
	 * @generated
	 * @ordered
	 */
	public static final int FORUM_VALUE = 0;

	/**
	 * The '<em><b>ONSITE OFFICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONSITE_OFFICE
	 * @model literal="\u73b0\u573a\u96c6\u4e2d\u529e\u516c\u6d3b\u52a8"
	 *        annotation="http://jixiao.org/ledger label='\u73b0\u573a\u96c6\u4e2d\u529e\u516c\u6d3b\u52a8' label.en='On-site office event'"
	 * @generated
	 * @ordered
	 */
	public static final int ONSITE_OFFICE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EventKind[] VALUES_ARRAY =
		new EventKind[] {
			FORUM,
			ONSITE_OFFICE,
		};

	/**
	 * A public read-only list of all the '<em><b>Event Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EventKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Event Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EventKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EventKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Event Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EventKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EventKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Event Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EventKind get(int value) {
		switch (value) {
			case FORUM_VALUE: return FORUM;
			case ONSITE_OFFICE_VALUE: return ONSITE_OFFICE;
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
	private EventKind(int value, String name, String literal) {
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
	
} //EventKind
