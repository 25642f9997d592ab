package vn.plancycle.organization;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/people}: people by unit, the add/edit form (administrators). */
@Controller
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
public class PersonController {

    static final String VIEW = "organization/people";

    private final PersonService people;
    private final UnitService units;
    private final MessageSource messages;

    public PersonController(PersonService people, UnitService units, MessageSource messages) {
        this.people = people;
        this.units = units;
        this.messages = messages;
    }

    @InitBinder("personForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("username", "fullName", "email", "unitCode", "role", "password");
    }

    @GetMapping("/admin/people")
    public String list(@RequestParam(name = "unit", required = false) String unit, Model model) {
        PersonForm form = new PersonForm();
        form.setUnitCode(unit);
        return page(model, form, null, unit);
    }

    @PostMapping("/admin/people/new")
    public String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getPassword() == null && !result.hasFieldErrors("username") && !people.loginExists(form.getUsername())) {
            result.rejectValue("password", "person.password.required", "person.password.required");
        }
        if (result.hasErrors()) {
            return page(model, form, null, null);
        }
        try {
            people.create(form);
        } catch (FieldProblemException e) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            form.setPassword(null);
            return page(model, form, null, null);
        }
        redirect.addFlashAttribute("message", text("person.created", form.getUsername(), form.getFullName()));
        redirect.addAttribute("unit", form.getUnitCode());
        return "redirect:/admin/people";
    }

    @GetMapping("/admin/people/{username}/edit")
    public String edit(@PathVariable String username, Model model) {
        return page(model, PersonForm.of(people.get(username)), username, null);
    }

    @PostMapping("/admin/people/{username}/edit")
    public String update(@PathVariable String username, @Valid @ModelAttribute("personForm") PersonForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.setUsername(username); // fixed once created
        form.setPassword(null); // passwords are changed in Camunda Admin or by the user
        if (result.hasFieldErrors("fullName") || result.hasFieldErrors("email") || result.hasFieldErrors("unitCode")
                || result.hasFieldErrors("role")) {
            return page(model, form, username, null);
        }
        try {
            people.update(username, form);
        } catch (FieldProblemException e) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            return page(model, form, username, null);
        }
        redirect.addFlashAttribute("message", text("person.updated", username, form.getFullName()));
        redirect.addAttribute("unit", form.getUnitCode());
        return "redirect:/admin/people";
    }

    private String page(Model model, PersonForm form, String editing, String filter) {
        model.addAttribute("people", people.list(filter));
        model.addAttribute("units", units.all());
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("filter", filter);
        model.addAttribute("personForm", form);
        model.addAttribute("editing", editing);
        return VIEW;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
