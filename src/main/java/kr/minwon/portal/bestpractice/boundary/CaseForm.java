package kr.minwon.portal.bestpractice.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import kr.minwon.portal.bestpractice.control.CaseInput;
import kr.minwon.portal.bestpractice.entity.CaseCategory;

/** The edit screen's fields, kept in the view so a refused save leaves every word where the person typed it. */
public class CaseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String contact;
    private CaseCategory category;
    private LocalDate implementedOn;
    private String backgroundHtml;
    private String beforeHtml;
    private String afterHtml;
    private String outcomeHtml;
    private String spreadHtml;
    private String nextHtml;
    private BigDecimal daysSaved;
    private Integer documentsCut;
    private Integer usersCount;
    private BigDecimal satisfaction;
    private String tags;

    public static CaseForm of(CaseInput in) {
        CaseForm f = new CaseForm();
        f.title = in.title();
        f.contact = in.contact();
        f.category = in.category();
        f.implementedOn = in.implementedOn();
        f.backgroundHtml = in.backgroundHtml();
        f.beforeHtml = in.beforeHtml();
        f.afterHtml = in.afterHtml();
        f.outcomeHtml = in.outcomeHtml();
        f.spreadHtml = in.spreadHtml();
        f.nextHtml = in.nextHtml();
        f.daysSaved = in.daysSaved();
        f.documentsCut = in.documentsCut();
        f.usersCount = in.usersCount();
        f.satisfaction = in.satisfaction();
        f.tags = in.tags() == null ? null : in.tags().replace(",", ", ");
        return f;
    }

    public CaseInput input() {
        return new CaseInput(
                title,
                contact,
                category,
                implementedOn,
                backgroundHtml,
                beforeHtml,
                afterHtml,
                outcomeHtml,
                spreadHtml,
                nextHtml,
                daysSaved,
                documentsCut,
                usersCount,
                satisfaction,
                tags);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String v) {
        contact = v;
    }

    public CaseCategory getCategory() {
        return category;
    }

    public void setCategory(CaseCategory v) {
        category = v;
    }

    public LocalDate getImplementedOn() {
        return implementedOn;
    }

    public void setImplementedOn(LocalDate v) {
        implementedOn = v;
    }

    public String getBackgroundHtml() {
        return backgroundHtml;
    }

    public void setBackgroundHtml(String v) {
        backgroundHtml = v;
    }

    public String getBeforeHtml() {
        return beforeHtml;
    }

    public void setBeforeHtml(String v) {
        beforeHtml = v;
    }

    public String getAfterHtml() {
        return afterHtml;
    }

    public void setAfterHtml(String v) {
        afterHtml = v;
    }

    public String getOutcomeHtml() {
        return outcomeHtml;
    }

    public void setOutcomeHtml(String v) {
        outcomeHtml = v;
    }

    public String getSpreadHtml() {
        return spreadHtml;
    }

    public void setSpreadHtml(String v) {
        spreadHtml = v;
    }

    public String getNextHtml() {
        return nextHtml;
    }

    public void setNextHtml(String v) {
        nextHtml = v;
    }

    public BigDecimal getDaysSaved() {
        return daysSaved;
    }

    public void setDaysSaved(BigDecimal v) {
        daysSaved = v;
    }

    public Integer getDocumentsCut() {
        return documentsCut;
    }

    public void setDocumentsCut(Integer v) {
        documentsCut = v;
    }

    public Integer getUsersCount() {
        return usersCount;
    }

    public void setUsersCount(Integer v) {
        usersCount = v;
    }

    public BigDecimal getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(BigDecimal v) {
        satisfaction = v;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String v) {
        tags = v;
    }
}
