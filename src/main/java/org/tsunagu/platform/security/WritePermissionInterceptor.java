package org.tsunagu.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses a write whose {@link WritePermission} the user's role does not hold, with 403. */
@Component
public class WritePermissionInterceptor implements HandlerInterceptor {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** The declaration that governs a handler's writes: the method's, else its controller's. */
  public static Optional<WritePermission> declared(HandlerMethod handler) {
    WritePermission onMethod =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), WritePermission.class);
    return Optional.ofNullable(
        onMethod != null
            ? onMethod
            : AnnotatedElementUtils.findMergedAnnotation(
                handler.getBeanType(), WritePermission.class));
  }

  /** Whether the declaration lets the user write. */
  public static boolean permits(WritePermission declared, CurrentUser user) {
    return declared.linkHolder()
        || declared.anySignedInUser()
        || Arrays.stream(declared.value()).anyMatch(user::may);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || !WRITES.contains(request.getMethod())) {
      return true;
    }
    CurrentUser user = CurrentUsers.current().orElse(null);
    WritePermission declared = declared(method).orElse(null);
    if (declared != null && declared.linkHolder()) {
      return true;
    }
    if (user == null || declared == null || !permits(declared, user)) {
      throw new AccessDeniedException("write permission");
    }
    return true;
  }
}
