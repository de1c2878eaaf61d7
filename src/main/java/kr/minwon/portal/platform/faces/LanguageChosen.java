package kr.minwon.portal.platform.faces;

import java.util.Locale;

/** A signed-in person switched the language: the security floor stores it on his record. */
public record LanguageChosen(String username, Locale locale) {}
