from django.contrib import admin

from youthvoice.partnership.models import Agency, Locality, Membership, Partnership


class AgencyInline(admin.TabularInline):
    model = Agency
    extra = 0


class LocalityInline(admin.TabularInline):
    model = Locality
    extra = 0


@admin.register(Partnership)
class PartnershipAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "area",
        "disclosure_threshold",
        "response_retention_months",
        "relayed_voice_retention_months",
    ]
    search_fields = ["name", "area"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [AgencyInline, LocalityInline]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "partnership"]
    list_filter = ["kind", "partnership"]
    search_fields = ["name"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "agency", "role", "safeguarding_contact"]
    list_filter = ["role", "safeguarding_contact", "agency__partnership", "agency"]
    search_fields = ["user__username", "user__email", "agency__name"]
    autocomplete_fields = ["user", "agency"]
    list_select_related = ["user", "agency"]
