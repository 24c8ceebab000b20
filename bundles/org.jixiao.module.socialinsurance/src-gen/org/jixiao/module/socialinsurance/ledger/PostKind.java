/**
 */
package org.jixiao.module.socialinsurance.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Post Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of posts the module counts.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getPostKind()
 * @model annotation="http://jixiao.org/ledger label='\u5c97\u4f4d\u7c7b\u522b' label.en='Post kind'"
 * @generated
 */
public enum PostKind implements Enumerator {
	/**
	 * The '<em><b>TRAINEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINEE_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINEE(0, "TRAINEE", "\u9752\u5e74\u89c1\u4e60\u5c97\u4f4d"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PUBLIC WELFARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_WELFARE_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_WELFARE(1, "PUBLIC_WELFARE", "\u516c\u76ca\u6027\u5c97\u4f4d"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TRAINEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINEE
	 * @model literal="\u9752\u5e74\u89c1\u4e60\u5c97\u4f4d"
	 *        annotation="http://jixiao.org/ledger label='\u9752\u5e74\u89c1\u4e60\u5c97\u4f4d' label.en='Youth trainee post'"
	 * @generated
	 * @ordered
	 */
	public static final int TRAINEE_VALUE = 0;

	/**
	 * The '<em><b>PUBLIC WELFARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_WELFARE
	 * @model literal="\u516c\u76ca\u6027\u5c97\u4f4d"
	 *        annotation="http://jixiao.org/ledger label='\u516c\u76ca\u6027\u5c97\u4f4d' label.en='Public-welfare post'"
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_WELFARE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Post Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PostKind[] VALUES_ARRAY =
		new PostKind[] {
			TRAINEE,
			PUBLIC_WELFARE,
		};

	/**
	 * A public read-only list of all the '<em><b>Post Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PostKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Post Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PostKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PostKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Post Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PostKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PostKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Post Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PostKind get(int value) {
		switch (value) {
			case TRAINEE_VALUE: return TRAINEE;
			case PUBLIC_WELFARE_VALUE: return PUBLIC_WELFARE;
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
	private PostKind(int value, String name, String literal) {
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
	
} //PostKind
