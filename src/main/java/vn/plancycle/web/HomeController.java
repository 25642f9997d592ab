package vn.plancycle.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.plancycle.security.CurrentUserService;

/** The landing page (public) and the login page. */
@Controller
public class HomeController {

    private final CurrentUserService currentUser;

    public HomeController(CurrentUserService currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/")
    public String home(Principal principal, Model model) {
        if (principal != null) {
            model.addAttribute("user", currentUser.current());
        }
        return "home";
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }
}
