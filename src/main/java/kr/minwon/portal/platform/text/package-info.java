/**
 * The portal's texts in a reader's language: one bundle (Korean default, English), a thread-bound reader for the
 * request, and an explicit language for texts written for another person. Plain Java, so control code uses it too.
 */
package kr.minwon.portal.platform.text;
