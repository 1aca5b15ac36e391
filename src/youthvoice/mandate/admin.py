from django.contrib import admin

from youthvoice.mandate.models import (
    Action,
    ActionProgressNote,
    ChangeGoal,
    PartnershipTheme,
    Principle,
    PrincipleConfirmation,
    Responsibility,
    ScopingConversation,
    ScopingItem,
    StrategicChampion,
    StrategyAssessment,
    Workshop,
)
from youthvoice.mandate.services import principles_seed
from youthvoice.partnership.admin import PartnershipAdmin
from youthvoice.partnership.models import Partnership

# A new partnership starts with the shipped principles: the partnership's admin page, extended here so that
# partnership (below the mandate) knows nothing of principles.
admin.site.unregister(Partnership)


@admin.register(Partnership)
class PartnershipWithPrinciplesAdmin(PartnershipAdmin):
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        principles_seed(partnership=obj)


@admin.register(Responsibility)
class ResponsibilityAdmin(admin.ModelAdmin):
    list_display = ["agency", "lens", "level", "description"]
    list_filter = ["lens", "level", "agency__partnership", "agency"]
    search_fields = ["description", "within_our_gift", "agency__name"]
    list_select_related = ["agency"]


@admin.register(StrategicChampion)
class StrategicChampionAdmin(admin.ModelAdmin):
    list_display = ["name", "role_title", "agency", "partnership", "since", "until"]
    list_filter = ["partnership"]
    search_fields = ["name", "role_title"]


@admin.register(StrategyAssessment)
class StrategyAssessmentAdmin(admin.ModelAdmin):
    """Reviews are history: they can be added and read, never changed."""

    list_display = ["assessed_on", "partnership", "public_value", "operational_capacity",
                    "authorising_environment", "culture", "values", "voice"]  # fmt: skip
    list_filter = ["partnership"]
    date_hierarchy = "assessed_on"

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)


@admin.register(Principle)
class PrincipleAdmin(admin.ModelAdmin):
    list_display = ["order", "title", "partnership"]
    list_filter = ["partnership"]
    search_fields = ["title", "description"]


@admin.register(PrincipleConfirmation)
class PrincipleConfirmationAdmin(admin.ModelAdmin):
    """The record of confirmations is kept as it was made."""

    list_display = ["subject_label", "principle", "confirmed_by", "confirmed_on"]
    list_filter = ["principle__partnership", "confirmed_on"]
    search_fields = ["subject_label", "note"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)


class ActionInline(admin.TabularInline):
    model = Action
    extra = 0
    fields = ["title", "owner_agency", "owner_name", "due_on", "status"]
    show_change_link = True


@admin.register(Workshop)
class WorkshopAdmin(admin.ModelAdmin):
    list_display = ["title", "held_on", "partnership"]
    list_filter = ["partnership"]
    search_fields = ["title", "notes"]
    inlines = [ActionInline]


class ActionProgressNoteInline(admin.TabularInline):
    model = ActionProgressNote
    extra = 0
    readonly_fields = ["created_at"]


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["title", "owner_agency", "due_on", "status", "source", "partnership"]
    list_filter = ["status", "source", "partnership", "owner_agency"]
    search_fields = ["title", "description", "owner_name", "source_reference"]
    list_select_related = ["owner_agency", "partnership"]
    inlines = [ActionProgressNoteInline]


class ScopingItemInline(admin.TabularInline):
    model = ScopingItem
    extra = 0


@admin.register(ScopingConversation)
class ScopingConversationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "partnership", "held_on"]
    list_filter = ["partnership"]
    inlines = [ScopingItemInline]


@admin.register(PartnershipTheme)
class PartnershipThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "partnership"]
    list_filter = ["partnership"]
    filter_horizontal = ["items"]


@admin.register(ChangeGoal)
class ChangeGoalAdmin(admin.ModelAdmin):
    list_display = ["__str__", "partnership", "agreed_on"]
    list_filter = ["partnership"]
    filter_horizontal = ["themes"]
