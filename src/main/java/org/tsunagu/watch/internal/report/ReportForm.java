package org.tsunagu.watch.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The door report as the phone's form posts it. */
public class ReportForm {

  private Long targetId;
  private List<String> signs = new ArrayList<>();
  private boolean danger;
  private String note;
  private String observedAt;
  private String idempotencyKey = UUID.randomUUID().toString();

  ObservationInput toInput() {
    return new ObservationInput(targetId, signs, danger, note, observedAt);
  }

  public boolean has(String sign) {
    return signs.contains(sign);
  }

  public Long getTargetId() {
    return targetId;
  }

  public void setTargetId(Long targetId) {
    this.targetId = targetId;
  }

  public List<String> getSigns() {
    return signs;
  }

  public void setSigns(List<String> signs) {
    this.signs = signs == null ? new ArrayList<>() : signs;
  }

  public boolean isDanger() {
    return danger;
  }

  public void setDanger(boolean danger) {
    this.danger = danger;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getObservedAt() {
    return observedAt;
  }

  public void setObservedAt(String observedAt) {
    this.observedAt = observedAt;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public void setIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
  }
}
