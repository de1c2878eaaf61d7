package kr.minwon.portal.bestpractice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.minwon.portal.bestpractice.entity.CaseCategory;
import kr.minwon.portal.bestpractice.entity.Grade;
import kr.minwon.portal.bestpractice.entity.PracticeCase;
import kr.minwon.portal.staff.entity.Unit;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /cases/board.xhtml: published cases for everyone, searched and filtered in the database, a page at a time. */
@Named
@ViewScoped
public class CaseBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The office clock: the office's "today", not the server's. */
    @Inject
    Clock clock;

    @Inject
    CaseBoard caseBoard;

    private String text;
    private CaseCategory category;
    private Long departmentId;
    private Integer year;
    private Grade grade;
    private BoardQuery.Sort sort = BoardQuery.Sort.NEWEST;
    private List<Unit> departments;
    private LazyDataModel<PracticeCase> model;

    @PostConstruct
    void init() {
        departments = caseBoard.boardDepartments();
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) caseBoard.boardCount(query());
            }

            @Override
            public List<PracticeCase> load(
                    int first, int size, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
                return caseBoard.board(query(), first, size);
            }

            @Override
            public String getRowKey(PracticeCase c) {
                return String.valueOf(c.getId());
            }
        };
    }

    BoardQuery query() {
        return new BoardQuery(text, category, departmentId, year, grade, sort);
    }

    public void search() {
        // The lazy model reads the fields on its next load; nothing else to do.
    }

    public void reset() {
        text = null;
        category = null;
        departmentId = null;
        year = null;
        grade = null;
        sort = BoardQuery.Sort.NEWEST;
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(clock).getYear(); y >= 2020; y--) {
            years.add(y);
        }
        return years;
    }

    public CaseCategory[] getCategories() {
        return CaseCategory.values();
    }

    public Grade[] getGrades() {
        return Grade.values();
    }

    public BoardQuery.Sort[] getSorts() {
        return BoardQuery.Sort.values();
    }

    public List<Unit> getDepartments() {
        return departments;
    }

    public LazyDataModel<PracticeCase> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String v) {
        text = v;
    }

    public CaseCategory getCategory() {
        return category;
    }

    public void setCategory(CaseCategory v) {
        category = v;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long v) {
        departmentId = v;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer v) {
        year = v;
    }

    public Grade getGrade() {
        return grade;
    }

    public void setGrade(Grade v) {
        grade = v;
    }

    public BoardQuery.Sort getSort() {
        return sort;
    }

    public void setSort(BoardQuery.Sort v) {
        sort = v;
    }
}
