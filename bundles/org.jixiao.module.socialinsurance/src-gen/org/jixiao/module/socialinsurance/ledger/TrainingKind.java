/**
 */
package org.jixiao.module.socialinsurance.ledger;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Training Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kinds of training the module counts.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getTrainingKind()
 * @model annotation="http://jixiao.org/ledger label='\u57f9\u8bad\u7c7b\u522b' label.en='Training kind'"
 * @generated
 */
public enum TrainingKind implements Enumerator {
	/**
	 * The '<em><b>SUBSIDIZED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSIDIZED_VALUE
	 * @generated
	 * @ordered
	 */
	SUBSIDIZED(0, "SUBSIDIZED", "\u8865\u8d34\u6027\u804c\u4e1a\u6280\u80fd\u57f9\u8bad"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HUI CHEF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUI_CHEF_VALUE
	 * @generated
	 * @ordered
	 */
	HUI_CHEF(1, "HUI_CHEF", "\u65b0\u5fbd\u83dc\u540d\u5fbd\u53a8\u57f9\u8bad"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUBSIDIZED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBSIDIZED
	 * @model literal="\u8865\u8d34\u6027\u804c\u4e1a\u6280\u80fd\u57f9\u8bad"
	 *        annotation="http://jixiao.org/ledger label='\u8865\u8d34\u6027\u804c\u4e1a\u6280\u80fd\u57f9\u8bad' label.en='Subsidized vocational training'"
	 * @generated
	 * @ordered
	 */
	public static final int SUBSIDIZED_VALUE = 0;

	/**
	 * The '<em><b>HUI CHEF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUI_CHEF
	 * @model literal="\u65b0\u5fbd\u83dc\u540d\u5fbd\u53a8\u57f9\u8bad"
	 *        annotation="http://jixiao.org/ledger label='\u65b0\u5fbd\u83dc\u540d\u5fbd\u53a8\u57f9\u8bad' label.en='Hui cuisine chef training'"
	 * @generated
	 * @ordered
	 */
	public static final int HUI_CHEF_VALUE = 1;

	/**
	 * An array of all the '<em><b>Training Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TrainingKind[] VALUES_ARRAY =
		new TrainingKind[] {
			SUBSIDIZED,
			HUI_CHEF,
		};

	/**
	 * A public read-only list of all the '<em><b>Training Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TrainingKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Training Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainingKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Training Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainingKind get(int value) {
		switch (value) {
			case SUBSIDIZED_VALUE: return SUBSIDIZED;
			case HUI_CHEF_VALUE: return HUI_CHEF;
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
	private TrainingKind(int value, String name, String literal) {
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
	
} //TrainingKind
