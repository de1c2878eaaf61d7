package kr.minwon.portal.petition.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.PetitionInput;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Residence;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import org.junit.jupiter.api.Test;

class PetitionJsonTest {

    @Test
    void readsTheCsvFieldsInCamelCaseWithKoreanAliases() {
        PetitionInput in = PetitionJson.input("2026-0000001", """
                {"typeCode":"C0004","receivedAt":"2026-05-29T15:00","handlerNo":900001,"departmentCode":"T-CIVIL-1",
                 "channel":"방문","resident":"관외","approvedAt":"2026-06-01 10:00","outcome":"인용","compound":"N"}
                """);

        assertThat(in)
                .isEqualTo(new PetitionInput(
                        "2026-0000001",
                        "C0004",
                        LocalDateTime.of(2026, 5, 29, 15, 0),
                        "900001",
                        "T-CIVIL-1",
                        Channel.COUNTER,
                        Residence.OUT,
                        LocalDateTime.of(2026, 6, 1, 10, 0),
                        null,
                        Outcome.GRANTED,
                        false));
    }

    @Test
    void namesEveryMissingOrMalformedField() {
        assertThatThrownBy(() -> PetitionJson.input("R1", """
                {"receivedAt":"yesterday","channel":"PIGEON","compound":3}
                """)).isInstanceOfSatisfying(InputRejected.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errors())
                    .extracting(Problem.FieldError::field)
                    .containsExactlyInAnyOrder("typeCode", "receivedAt", "handlerNo", "channel", "compound");
        });
    }

    @Test
    void refusesBrokenJsonNamingTheBody() {
        assertThatThrownBy(() -> PetitionJson.input("R1", "{\"typeCode\": "))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("body");
                });
    }

    @Test
    void refusesAReceiptNumberInTheBodyThatDiffersFromThePath() {
        assertThatThrownBy(() -> PetitionJson.input("R1", """
                {"receiptNo":"R2","typeCode":"C0004","receivedAt":"2026-05-29T15:00","handlerNo":"900001"}
                """))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.errors())
                                .extracting(Problem.FieldError::field)
                                .containsExactly("receiptNo"));
    }
}
