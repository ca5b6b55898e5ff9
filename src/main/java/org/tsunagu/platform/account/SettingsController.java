package org.tsunagu.platform.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tsunagu.platform.audit.AuditAction;
import org.tsunagu.platform.audit.AuditLog;
import org.tsunagu.platform.security.ApiTokens;
import org.tsunagu.platform.security.CurrentUser;
import org.tsunagu.platform.security.CurrentUsers;
import org.tsunagu.platform.security.DateStyle;
import org.tsunagu.platform.security.Role;
import org.tsunagu.platform.security.TextSize;
import org.tsunagu.platform.security.Users;
import org.tsunagu.platform.security.WritePermission;
import org.tsunagu.platform.web.UserFacingException;

/** The user's own settings: language, text size, calendar of dates, password, API tokens. */
@Controller
@WritePermission(anySignedInUser = true)
class SettingsController {

  private final Users users;
  private final ApiTokens tokens;
  private final LocaleResolver localeResolver;
  private final AuditLog audit;

  SettingsController(Users users, ApiTokens tokens, LocaleResolver localeResolver, AuditLog audit) {
    this.users = users;
    this.tokens = tokens;
    this.localeResolver = localeResolver;
    this.audit = audit;
  }

  @GetMapping("/settings")
  String settings(Model model) {
    CurrentUser me = CurrentUsers.require();
    model.addAttribute("tokens", tokens.listFor(me.id()));
    model.addAttribute("dateStyles", DateStyle.values());
    // A role without any permission has nothing a token could do: no office words for members.
    // Members (利用者) use the large-text pages only; an API token would be a key they never need.
    model.addAttribute("showTokens", !me.permissions().isEmpty() && me.role() != Role.MEMBER);
    return "settings";
  }

  @PostMapping("/settings/preferences")
  String preferences(
      @RequestParam(defaultValue = "ja") String locale,
      @RequestParam(defaultValue = "STANDARD") String textSize,
      @RequestParam(defaultValue = "SEIREKI") String dateStyle,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String lang = "en".equals(locale) ? "en" : "ja";
    TextSize size = textSizeOf(textSize);
    DateStyle style =
        DateStyle.parse(dateStyle)
            .orElseThrow(() -> new UserFacingException("settings.dateStyle.invalid", 400));
    CurrentUser me = CurrentUsers.require();
    users.savePreferences(me.id(), lang, size, style);
    remember(me.withPreferences(lang, size, style), request, response);
    localeResolver.setLocale(request, response, Locale.forLanguageTag(lang));
    redirect.addFlashAttribute("notice", "settings.saved");
    return "redirect:/settings";
  }

  /** The header's 文字サイズ buttons: saves the size and returns to the page they were on. */
  @PostMapping("/settings/text-size")
  String textSize(
      @RequestParam String size,
      @RequestParam(defaultValue = "/") String back,
      HttpServletRequest request,
      HttpServletResponse response) {
    TextSize chosen = textSizeOf(size);
    CurrentUser me = CurrentUsers.require();
    users.savePreferences(me.id(), me.locale().getLanguage(), chosen, me.dateStyle());
    remember(
        me.withPreferences(me.locale().getLanguage(), chosen, me.dateStyle()), request, response);
    return "redirect:" + (isOwnPath(back) ? back : "/");
  }

  private static TextSize textSizeOf(String value) {
    return TextSize.parse(value)
        .orElseThrow(() -> new UserFacingException("settings.textSize.invalid", 400));
  }

  /**
   * Only a path on this site, so the form cannot send the user elsewhere; printable ASCII (as a
   * request URI is) without backslashes or the braces a redirect would expand.
   */
  private static boolean isOwnPath(String back) {
    return back.startsWith("/")
        && !back.startsWith("//")
        && back.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\' && c != '{' && c != '}');
  }

  /** The session's user carries the preferences, so every page shows them at once. */
  private static void remember(
      CurrentUser updated, HttpServletRequest request, HttpServletResponse response) {
    var auth =
        UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    new HttpSessionSecurityContextRepository().saveContext(context, request, response);
  }

  @PostMapping("/settings/password")
  String password(
      @RequestParam String current,
      @RequestParam String password,
      @RequestParam String confirm,
      RedirectAttributes redirect) {
    CurrentUser me = CurrentUsers.require();
    if (!users.passwordMatches(me.id(), current)) {
      redirect.addFlashAttribute("passwordError", "settings.password.wrongCurrent");
    } else if (password.length() < Users.MIN_PASSWORD) {
      redirect.addFlashAttribute("passwordError", "settings.password.tooShort");
    } else if (!password.equals(confirm)) {
      redirect.addFlashAttribute("passwordError", "settings.password.mismatch");
    } else {
      users.changeOwnPassword(me.id(), password);
      redirect.addFlashAttribute("notice", "settings.password.changed");
    }
    return "redirect:/settings";
  }

  @PostMapping("/settings/tokens")
  String issueToken(
      @RequestParam String name,
      @RequestParam(defaultValue = "90") int days,
      RedirectAttributes redirect) {
    CurrentUser me = CurrentUsers.require();
    String label = name.isBlank() ? "API" : name.strip();
    if (label.length() > 60) {
      label = label.substring(0, 60);
    }
    int lifetime = Math.max(1, Math.min(days, 365));
    ApiTokens.IssuedToken t = tokens.issue(me.id(), label, Duration.ofDays(lifetime));
    audit.record(AuditAction.TOKEN_ISSUED, "api_token", t.id(), null);
    redirect.addFlashAttribute("newToken", t.token());
    return "redirect:/settings#tokens";
  }

  @PostMapping("/settings/tokens/revoke")
  String revokeToken(@RequestParam long id, RedirectAttributes redirect) {
    CurrentUser me = CurrentUsers.require();
    if (tokens.revoke(me.id(), id)) {
      audit.record(AuditAction.TOKEN_REVOKED, "api_token", id, null);
      redirect.addFlashAttribute("notice", "settings.token.revoked");
    }
    return "redirect:/settings#tokens";
  }
}
