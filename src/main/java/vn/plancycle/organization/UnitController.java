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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/units}: the units table, the add/edit form and the xlsx import (administrators). */
@Controller
@PreAuthorize("hasAuthority('GROUP_camunda-admin')")
public class UnitController {

    static final String VIEW = "organization/units";

    private final UnitService units;
    private final MessageSource messages;

    public UnitController(UnitService units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    @InitBinder("unitForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("code", "name", "active");
    }

    @GetMapping("/admin/units")
    public String list(Model model) {
        return page(model, new UnitForm(), null);
    }

    @PostMapping("/admin/units/new")
    public String create(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model, form, null);
        }
        try {
            units.create(form);
        } catch (FieldProblemException e) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            return page(model, form, null);
        }
        redirect.addFlashAttribute("message", text("unit.created", form.getCode(), form.getName()));
        return "redirect:/admin/units";
    }

    @GetMapping("/admin/units/{code}/edit")
    public String edit(@PathVariable String code, Model model) {
        return page(model, UnitForm.of(units.get(code)), code);
    }

    @PostMapping("/admin/units/{code}/edit")
    public String update(@PathVariable String code, @Valid @ModelAttribute("unitForm") UnitForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.setCode(code); // the code of an existing unit is fixed
        if (result.hasFieldErrors("name")) {
            return page(model, form, code);
        }
        units.update(code, form);
        redirect.addFlashAttribute("message", text("unit.updated", code, form.getName()));
        return "redirect:/admin/units";
    }

    private String page(Model model, UnitForm form, String editing) {
        model.addAttribute("units", units.summaries());
        model.addAttribute("unitForm", form);
        model.addAttribute("editing", editing);
        return VIEW;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
