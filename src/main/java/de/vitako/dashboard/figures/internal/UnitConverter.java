package de.vitako.dashboard.figures.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import de.vitako.dashboard.figures.Unit;

/** A unit as its code in the tables ({@code count}, {@code percent}, {@code euro}), for every entity that has one. */
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
