package org.jixiao.core.evaluation;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The XMI resource of evaluation files and module data documents. It reads a date written as a day
 * ({@code 2022-01-05}, as in hand-written files and the samples' 台账) at once, with the pattern EMF
 * would reach last: EMF tries four patterns with a time of day first, each failing with an exception,
 * which made dates most of the time it took to read the reference sample. Every other value is read as
 * EMF reads it, and the date is the same.
 */
public final class JixiaoXmiResource extends XMIResourceImpl {

	/** A day: the last of {@code EcoreFactoryImpl}'s date patterns, and the only one without a time. */
	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}"); //$NON-NLS-1$

	/** @param uri the resource's URI */
	public JixiaoXmiResource(URI uri) {
		super(uri);
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new XMIHelperImpl(this) {
			/** EMF's pattern for a day, made when first needed: one per load, as the helper is. */
			private SimpleDateFormat day;

			@Override
			protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
				if (eDataType == EcorePackage.Literals.EDATE && value != null && DAY.matcher(value).matches()) {
					if (day == null) {
						day = new SimpleDateFormat("yyyy-MM-dd"); //$NON-NLS-1$
					}
					try {
						return day.parse(value);
					} catch (ParseException e) {
						// left to EMF, which reports it
					}
				}
				return super.createFromString(eFactory, eDataType, value);
			}
		};
	}

	/** Makes {@link JixiaoXmiResource}s. */
	public static final class Factory implements Resource.Factory {

		@Override
		public Resource createResource(URI uri) {
			return new JixiaoXmiResource(uri);
		}
	}
}
