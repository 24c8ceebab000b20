package org.jixiao.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.provider.EvaluationItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;

/** The item providers label the model in Chinese (the runtime runs with -nl zh_CN). */
class EvaluationLabelsTest {

	private final EvaluationItemProviderAdapterFactory factory = new EvaluationItemProviderAdapterFactory();

	@Test
	void anIndicatorIsLabelledInChinese() {
		Indicator indicator = EvaluationFactory.eINSTANCE.createIndicator();
		indicator.setName("发展党员");
		IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(indicator, IItemLabelProvider.class);
		assertEquals("三级指标 发展党员", labels.getText(indicator));
	}

	@Test
	void propertiesCarryTheOfficialColumnNames() {
		Indicator indicator = EvaluationFactory.eINSTANCE.createIndicator();
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(indicator, IItemPropertySource.class);
		IItemPropertyDescriptor target = properties.getPropertyDescriptor(indicator, EvaluationPackage.Literals.INDICATOR__TARGET_TEXT);
		IItemPropertyDescriptor actual = properties.getPropertyDescriptor(indicator, EvaluationPackage.Literals.INDICATOR__ACTUAL_TEXT);
		IItemPropertyDescriptor deviation = properties.getPropertyDescriptor(indicator,
				EvaluationPackage.Literals.INDICATOR__DEVIATION_REASON);
		assertEquals("年度指标值", target.getDisplayName(indicator));
		assertEquals("实际完成值", actual.getDisplayName(indicator));
		assertEquals("偏差原因分析", deviation.getDisplayName(indicator));
	}
}
