package org.tsunagu.people.internal.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tsunagu.people.AreaLevel;
import org.tsunagu.people.OrganizationType;
import org.tsunagu.people.PeoplePermissions;
import org.tsunagu.people.SupportDomain;
import org.tsunagu.people.internal.area.Areas;
import org.tsunagu.people.internal.organization.Organizations;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.ApiController;
import org.tsunagu.platform.web.CreatedResponse;
import org.tsunagu.platform.web.NotFoundException;

/**
 * The area tree and the organisations with what they declare, for a municipality syncing its 町丁目 or
 * a 社協 its partner list. Neither holds personal data: every signed-in user may read them.
 */
@ApiController
@Tag(name = "Areas and organisations", description = "The area tree and the organisations")
@WritePermission(PeoplePermissions.MANAGE_ORGANIZATIONS)
class RegistryAdminApiController {

  record AreaResponse(long id, Long parentId, AreaLevel level, String name, String code) {
    static AreaResponse of(Areas.Area a) {
      return new AreaResponse(a.id(), a.parentId(), a.level(), a.name(), a.code());
    }
  }

  record AreaRequest(
      Long parentId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AreaLevel level,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
      String code) {}

  record OrganizationResponse(
      long id,
      String name,
      OrganizationType type,
      String phone,
      int responseDays,
      boolean active,
      List<SupportDomain> domains,
      List<Long> areaIds) {
    static OrganizationResponse of(Organizations.Organization o) {
      return new OrganizationResponse(
          o.id(),
          o.name(),
          o.type(),
          o.phone(),
          o.responseDays(),
          o.active(),
          o.domains(),
          o.areaIds());
    }
  }

  private final Areas areas;
  private final Organizations organizations;
  private final AreaAdmin areaAdmin;
  private final OrganizationAdmin organizationAdmin;

  RegistryAdminApiController(
      Areas areas,
      Organizations organizations,
      AreaAdmin areaAdmin,
      OrganizationAdmin organizationAdmin) {
    this.areas = areas;
    this.organizations = organizations;
    this.areaAdmin = areaAdmin;
    this.organizationAdmin = organizationAdmin;
  }

  @GetMapping("/api/v1/areas")
  @Operation(summary = "Every area, parents before their children")
  List<AreaResponse> areas() {
    return areas.all().stream().map(AreaResponse::of).toList();
  }

  @GetMapping("/api/v1/areas/{id}")
  @Operation(summary = "One area")
  AreaResponse area(@PathVariable long id) {
    return areas.find(id).map(AreaResponse::of).orElseThrow(NotFoundException::new);
  }

  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/v1/areas")
  @Operation(summary = "Add an area under a parent (none for a municipality)")
  ResponseEntity<CreatedResponse> createArea(@RequestBody AreaRequest in) {
    long id =
        areaAdmin.create(new AreaAdmin.AreaInput(in.parentId(), in.level(), in.name(), in.code()));
    return ResponseEntity.created(URI.create("/api/v1/areas/" + id)).body(new CreatedResponse(id));
  }

  @GetMapping("/api/v1/organizations")
  @Operation(summary = "Every organisation with the domains and areas it serves")
  List<OrganizationResponse> organizations() {
    return organizations.all().stream().map(OrganizationResponse::of).toList();
  }

  @GetMapping("/api/v1/organizations/{id}")
  @Operation(summary = "One organisation")
  OrganizationResponse organization(@PathVariable long id) {
    return organizations.find(id).map(OrganizationResponse::of).orElseThrow(NotFoundException::new);
  }

  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/v1/organizations")
  @Operation(summary = "Add an organisation with its domains, areas and answer time")
  ResponseEntity<CreatedResponse> createOrganization(
      @RequestBody OrganizationAdmin.OrganizationInput in) {
    long id = organizationAdmin.save(null, in);
    return ResponseEntity.created(URI.create("/api/v1/organizations/" + id))
        .body(new CreatedResponse(id));
  }

  @PutMapping("/api/v1/organizations/{id}")
  @Operation(summary = "Change an organisation; its domains and areas are replaced")
  OrganizationResponse updateOrganization(
      @PathVariable long id, @RequestBody OrganizationAdmin.OrganizationInput in) {
    organizationAdmin.save(id, in);
    return organization(id);
  }
}
