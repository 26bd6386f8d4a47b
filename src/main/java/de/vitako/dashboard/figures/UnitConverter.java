package de.vitako.dashboard.figures;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
class UnitConverter implements AttributeConverter<Unit, String> {

	@Override
	public String convertToDatabaseColumn(Unit unit) {
		return unit == null ? null : unit.code();
	}

	@Override
	public Unit convertToEntityAttribute(String code) {
		return code == null ? null : Unit.fromCode(code);
	}

}
