package org.jixiao.core.evaluation;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

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
 * which made dates most of the time it took to read the reference sample; each day is parsed once per
 * load. Every other value is read as EMF reads it, and the date is the same.
 */
public final class JixiaoXmiResource extends XMIResourceImpl {

	/** @param uri the resource's URI */
	public JixiaoXmiResource(URI uri) {
		super(uri);
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new XMIHelperImpl(this) {
			/** EMF's pattern for a day, made when first needed: one per load, as the helper is. */
			private SimpleDateFormat day;

			/** The days read so far in this load: a file's 台账 repeat their dates many times. */
			private final Map<String, Date> days = new HashMap<>();

			@Override
			protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
				if (eDataType == EcorePackage.Literals.EDATE && isDay(value)) {
					Date read = days.get(value);
					if (read == null) {
						if (day == null) {
							day = new SimpleDateFormat("yyyy-MM-dd"); //$NON-NLS-1$
						}
						try {
							read = day.parse(value);
							days.put(value, read);
						} catch (ParseException e) {
							return super.createFromString(eFactory, eDataType, value); // EMF reports it
						}
					}
					return new Date(read.getTime()); // a Date can be changed: each value gets its own
				}
				return super.createFromString(eFactory, eDataType, value);
			}
		};
	}

	/** @return whether the value is a day as {@code yyyy-MM-dd} writes one: {@code dddd-dd-dd}, ASCII digits */
	private static boolean isDay(String value) {
		if (value == null || value.length() != 10) {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			char c = value.charAt(i);
			if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** Makes {@link JixiaoXmiResource}s. */
	public static final class Factory implements Resource.Factory {

		@Override
		public Resource createResource(URI uri) {
			return new JixiaoXmiResource(uri);
		}
	}
}
