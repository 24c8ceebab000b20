package org.jixiao.ui.internal.editor;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.value.ValueParser;
import org.jixiao.ui.internal.Messages;

/**
 * Text fields bound to model values: the text goes to the model only when it converts, otherwise
 * the field shows why with a decoration and the model keeps its value.
 */
public final class Fields {

	/** How long typing may pause before the value goes to the model, in milliseconds. */
	static final int DELAY = 300;

	private Fields() {
	}

	/**
	 * @param parent a composite with a two-column grid layout
	 * @param label the field's label
	 * @param style the text's style
	 * @return a labelled text
	 */
	public static Text text(Composite parent, String label, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | style);
		GridData data = new GridData(SWT.FILL, (style & SWT.MULTI) != 0 ? SWT.FILL : SWT.CENTER, true, false);
		if ((style & SWT.MULTI) != 0) {
			data.heightHint = 60;
		}
		text.setLayoutData(data);
		text.setData(LABEL, label);
		return text;
	}

	/** The key of a field's label in its data. */
	static final String LABEL = "org.jixiao.ui.label"; //$NON-NLS-1$

	/** The key of the name of the attribute a field or table column edits, in its data; tests find fields by it. */
	public static final String FEATURE = "org.jixiao.ui.feature"; //$NON-NLS-1$

	/**
	 * Binds a text to a model value of the attribute's type (string, decimal or integer).
	 *
	 * @param context the binding context
	 * @param text the text
	 * @param model the model value
	 * @param attribute the attribute observed
	 * @return the binding
	 */
	public static Binding bind(DataBindingContext context, Text text, IObservableValue<?> model, EAttribute attribute) {
		text.setData(FEATURE, attribute.getName());
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(DELAY, text);
		String name = (String) text.getData(LABEL);
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		UpdateValueStrategy<Object, Object> toModel = new UpdateValueStrategy<>();
		UpdateValueStrategy<Object, Object> toTarget = new UpdateValueStrategy<>();
		if (type == BigDecimal.class || type == int.class || type == Integer.class) {
			toModel.setAfterGetValidator(value -> validate(attribute, name, (String) value));
			toModel.setConverter(IConverter.create(String.class, type, value -> convert(attribute, (String) value)));
			toTarget.setConverter(IConverter.create(type, String.class, Fields::format));
		}
		@SuppressWarnings("unchecked")
		Binding binding = context.bindValue((IObservableValue<Object>) (IObservableValue<?>) target,
				(IObservableValue<Object>) model, toModel, toTarget);
		ControlDecorationSupport.create(binding, SWT.TOP | SWT.LEFT);
		return binding;
	}

	/**
	 * @param attribute a string, decimal or integer attribute
	 * @param name the field's name, for the message
	 * @param text what was typed
	 * @return OK, or an error that names the field and the value
	 */
	public static IStatus validate(EAttribute attribute, String name, String text) {
		try {
			convert(attribute, text);
			return ValidationStatus.ok();
		} catch (NumberFormatException | ArithmeticException e) {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			String message = type == BigDecimal.class ? Messages.Fields_notADecimal : Messages.Fields_notAnInteger;
			return ValidationStatus.error(NLS.bind(message, name, text.strip()));
		}
	}

	/**
	 * @param attribute a string, decimal or integer attribute
	 * @param text the text typed; digit grouping and full-width digits are accepted
	 * @return the value, {@code null} for a blank decimal
	 * @throws NumberFormatException when the text is not a number of that type
	 */
	public static Object convert(EAttribute attribute, String text) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == String.class) {
			return text;
		}
		String plain = ValueParser.normalize(text == null ? "" : text); //$NON-NLS-1$
		if (plain.isEmpty()) {
			if (type == BigDecimal.class) {
				return null;
			}
			throw new NumberFormatException(text);
		}
		if (type == BigDecimal.class) {
			return new BigDecimal(plain);
		}
		if (attribute.getEAttributeType() == EcorePackage.Literals.EINT || type == int.class || type == Integer.class) {
			return Integer.valueOf(plain);
		}
		throw new NumberFormatException(text);
	}

	/**
	 * @param value a model value
	 * @return its text in a field: decimals without exponent, nothing for {@code null}
	 */
	public static String format(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return String.valueOf(value);
	}

	/**
	 * @param part a part
	 * @param whole the whole
	 * @return part / whole with four decimals, or {@code null} when the whole is 0 or missing
	 */
	public static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return null;
		}
		return part.divide(whole, 4, RoundingMode.HALF_UP);
	}

	/**
	 * @param part a part
	 * @param whole the whole
	 * @return part / whole as a percentage with two decimals, or {@code null} when the whole is 0 or missing
	 */
	public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return null;
		}
		return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
	}
}
