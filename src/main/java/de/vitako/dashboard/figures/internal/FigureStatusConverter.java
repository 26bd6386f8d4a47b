package de.vitako.dashboard.figures.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import de.vitako.dashboard.figures.FigureStatus;

/** A value flag as its code in the tables ({@code provisional} …), {@code null} for none. */
@Converter(autoApply = true)
class FigureStatusConverter implements AttributeConverter<FigureStatus, String> {

	@Override
	public String convertToDatabaseColumn(FigureStatus status) {
		return status == null ? null : status.code();
	}

	@Override
	public FigureStatus convertToEntityAttribute(String code) {
		return FigureStatus.fromCode(code);
	}

}
