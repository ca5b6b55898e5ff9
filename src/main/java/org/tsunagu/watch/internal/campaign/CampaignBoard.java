package org.tsunagu.watch.internal.campaign;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.web.NotFoundException;
import org.tsunagu.watch.WatchPermissions;

/** The live board: counts by state, by area and by watcher, and the list of the not yet known. */
@Service
public class CampaignBoard {

  public record Board(
      CampaignQueries.Campaign campaign,
      CampaignQueries.Count total,
      List<CampaignQueries.Count> byArea,
      List<CampaignQueries.Count> byWatcher,
      List<CampaignQueries.Check> open) {}

  static final int OPEN_LIMIT = 500;

  private final CampaignQueries queries;
  private final AuditLog audit;

  CampaignBoard(CampaignQueries queries, AuditLog audit) {
    this.queries = queries;
    this.audit = audit;
  }

  @Transactional
  public Board of(CurrentUser user, long campaignId) {
    if (!user.may(WatchPermissions.SAFETY_CHECK_RUN)) {
      throw new NotFoundException();
    }
    CampaignQueries.Campaign c = queries.find(user, campaignId).orElseThrow(NotFoundException::new);
    List<CampaignQueries.Check> open = queries.open(user, campaignId, OPEN_LIMIT);
    audit.recordSearch(
        "watch_safety_check", "campaign", open.stream().map(CampaignQueries.Check::id).toList());
    return new Board(
        c,
        queries.total(campaignId),
        queries.byArea(campaignId),
        queries.byWatcher(campaignId),
        open);
  }
}
