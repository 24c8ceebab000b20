/**
 */
package org.jixiao.module.socialinsurance.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Arrears Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a wage arrears case came from.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getArrearsSource()
 * @model annotation="http://jixiao.org/ledger label='\u7ebf\u7d22\u6765\u6e90' label.en='Source'"
 * @generated
 */
public enum ArrearsSource implements Enumerator {
	/**
	 * The '<em><b>PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	PLATFORM(0, "PLATFORM", "\u56fd\u52a1\u9662\u6b20\u85aa\u7ebf\u7d22\u5e73\u53f0"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HOTLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOTLINE_VALUE
	 * @generated
	 * @ordered
	 */
	HOTLINE(1, "HOTLINE", "12345"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLATFORM
	 * @model literal="\u56fd\u52a1\u9662\u6b20\u85aa\u7ebf\u7d22\u5e73\u53f0"
	 *        annotation="http://jixiao.org/ledger label='\u56fd\u52a1\u9662\u6b20\u85aa\u7ebf\u7d22\u5e73\u53f0' label.en='State Council wage arrears platform'"
	 * @generated
	 * @ordered
	 */
	public static final int PLATFORM_VALUE = 0;

	/**
	 * The '<em><b>HOTLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOTLINE
	 * @model literal="12345"
	 *        annotation="http://jixiao.org/ledger label='12345' label.en='12345 hotline'"
	 * @generated
	 * @ordered
	 */
	public static final int HOTLINE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Arrears Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ArrearsSource[] VALUES_ARRAY =
		new ArrearsSource[] {
			PLATFORM,
			HOTLINE,
		};

	/**
	 * A public read-only list of all the '<em><b>Arrears Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ArrearsSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Arrears Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArrearsSource get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ArrearsSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Arrears Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArrearsSource getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ArrearsSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Arrears Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArrearsSource get(int value) {
		switch (value) {
			case PLATFORM_VALUE: return PLATFORM;
			case HOTLINE_VALUE: return HOTLINE;
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
	private ArrearsSource(int value, String name, String literal) {
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
	
} //ArrearsSource
