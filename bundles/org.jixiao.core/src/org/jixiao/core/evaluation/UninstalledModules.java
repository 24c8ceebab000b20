package org.jixiao.core.evaluation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.eclipse.emf.ecore.EPackage;
import org.jixiao.core.ledger.ModuleDataDocuments;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.model.evaluation.UninstalledModuleData;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Keeps the module data of an XMI file whose module is not installed: before EMF reads the file, each
 * {@code moduleData} element of an unregistered package becomes an {@link UninstalledModuleData}
 * holding the element as a document of its own (the form {@link ModuleDataDocuments} writes); after
 * reading, kept data whose module is installed now is read into the module's classes.
 */
final class UninstalledModules {

	private static final String MODULE_DATA = "moduleData"; //$NON-NLS-1$
	private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
	private static final String XMI = "http://www.omg.org/XMI"; //$NON-NLS-1$
	/** A namespace declaration, default or prefixed, with its URI in double or single quotes. */
	private static final Pattern NAMESPACE_DECLARATION = Pattern.compile("xmlns(?::[^\\s=]+)?\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"); //$NON-NLS-1$

	private UninstalledModules() {
	}

	/**
	 * @param xmi an evaluation's XMI
	 * @return the same XMI, or, when it holds module data of packages not registered, the XMI with that
	 *         data kept as {@link UninstalledModuleData}; a file that is not well-formed is returned
	 *         unchanged, for EMF to report where
	 */
	static byte[] keepUninstalled(byte[] xmi) {
		String text = new String(xmi, StandardCharsets.UTF_8);
		if (!text.contains(MODULE_DATA) || declaresOnlyKnownNamespaces(text)) {
			return xmi;
		}
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			factory.setExpandEntityReferences(false);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmi));
			Element root = document.getDocumentElement();
			boolean changed = false;
			for (Element element : children(root)) {
				if (MODULE_DATA.equals(element.getLocalName()) || MODULE_DATA.equals(element.getNodeName())) {
					changed |= keep(document, root, element);
				}
			}
			if (!changed) {
				return xmi;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer().transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		} catch (ParserConfigurationException | SAXException | IOException | TransformerException e) {
			return xmi;
		}
	}

	/**
	 * @return whether every namespace the document declares, wherever it does, is XMI's, XML Schema
	 *         instance's, the evaluation's or a registered package's: then no module data can be of a
	 *         package not registered, and the document need not be parsed a second time to find some. A
	 *         declaration this does not recognize (an entity in the URI, say) only costs that parse.
	 */
	private static boolean declaresOnlyKnownNamespaces(String text) {
		Matcher declaration = NAMESPACE_DECLARATION.matcher(text);
		while (declaration.find()) {
			String nsURI = declaration.group(1) != null ? declaration.group(1) : declaration.group(2);
			if (!nsURI.equals(XSI) && !nsURI.equals(XMI) && !nsURI.equals(EvaluationPackage.eNS_URI)
					&& EPackage.Registry.INSTANCE.getEPackage(nsURI) == null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Reads kept data whose module is installed now into the module's classes.
	 *
	 * @param evaluation an evaluation just read
	 */
	static void readInstalled(Evaluation evaluation) {
		ListIterator<ModuleData> data = evaluation.getModuleData().listIterator();
		while (data.hasNext()) {
			if (data.next() instanceof UninstalledModuleData kept && EPackage.Registry.INSTANCE.getEPackage(kept.getNsURI()) != null) {
				ModuleData read = ModuleDataDocuments.read(kept.getModuleId(), kept.getNsURI(), kept.getContent());
				if (!(read instanceof UninstalledModuleData)) {
					data.set(read);
				}
			}
		}
	}

	private static boolean keep(Document document, Element root, Element element) throws TransformerException {
		String type = element.getAttributeNS(XSI, "type"); //$NON-NLS-1$
		int colon = type.indexOf(':');
		String prefix = colon < 0 ? null : type.substring(0, colon);
		String nsURI = element.lookupNamespaceURI(prefix);
		if (nsURI == null || nsURI.equals(EvaluationPackage.eNS_URI) || EPackage.Registry.INSTANCE.getEPackage(nsURI) != null) {
			return false;
		}
		Document alone = document.getImplementation().createDocument(nsURI, type, null);
		Element data = alone.getDocumentElement();
		data.setAttributeNS(XMI, "xmi:version", "2.0"); //$NON-NLS-1$ //$NON-NLS-2$
		NamedNodeMap declarations = root.getAttributes();
		for (int i = 0; i < declarations.getLength(); i++) {
			Attr declaration = (Attr) declarations.item(i);
			if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(declaration.getNamespaceURI())) {
				data.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, declaration.getName(), declaration.getValue());
			}
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (!(XSI.equals(attribute.getNamespaceURI()) && "type".equals(attribute.getLocalName()))) { //$NON-NLS-1$
				data.setAttributeNode((Attr) alone.importNode(attribute, true));
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			data.appendChild(alone.importNode(child, true));
		}
		StringWriter content = new StringWriter();
		transformer().transform(new DOMSource(alone), new StreamResult(content));

		Element kept = document.createElementNS(null, MODULE_DATA);
		String evaluationPrefix = root.lookupPrefix(EvaluationPackage.eNS_URI);
		kept.setAttributeNS(XSI, root.lookupPrefix(XSI) == null ? "xsi:type" : root.lookupPrefix(XSI) + ":type", //$NON-NLS-1$ //$NON-NLS-2$
				(evaluationPrefix == null ? "" : evaluationPrefix + ':') + "UninstalledModuleData"); //$NON-NLS-1$ //$NON-NLS-2$
		kept.setAttribute("moduleId", element.getAttribute("moduleId")); //$NON-NLS-1$ //$NON-NLS-2$
		kept.setAttribute("nsURI", nsURI); //$NON-NLS-1$
		kept.setAttribute("content", content.toString()); //$NON-NLS-1$
		root.replaceChild(kept, element);
		return true;
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	private static Transformer transformer() throws TransformerException {
		TransformerFactory factory = TransformerFactory.newInstance();
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, ""); //$NON-NLS-1$
		Transformer transformer = factory.newTransformer();
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8"); //$NON-NLS-1$
		transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no"); //$NON-NLS-1$
		return transformer;
	}
}
