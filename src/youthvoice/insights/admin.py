from django.contrib import admin

from youthvoice.insights.models import Codebook, PopulationBaseline, Theme, ThemeSuggestionRun


class ThemeInline(admin.TabularInline):
    model = Theme
    extra = 0


@admin.register(Codebook)
class CodebookAdmin(admin.ModelAdmin):
    list_display = ["name", "partnership", "created_at"]
    list_filter = ["partnership"]
    inlines = [ThemeInline]


@admin.register(PopulationBaseline)
class PopulationBaselineAdmin(admin.ModelAdmin):
    """Baselines are uploaded on the population page, where every line is checked; here they are read."""

    list_display = ["name", "year", "partnership", "active", "uploaded_at", "uploaded_by"]
    list_filter = ["partnership", "active"]
    readonly_fields = ["partnership", "name", "source", "year", "uploaded_by", "uploaded_at", "active"]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(ThemeSuggestionRun)
class ThemeSuggestionRunAdmin(admin.ModelAdmin):
    list_display = ["pk", "partnership", "status", "progress", "created_at", "finished_at"]
    list_filter = ["partnership", "status"]
    readonly_fields = ["created_at", "finished_at"]
