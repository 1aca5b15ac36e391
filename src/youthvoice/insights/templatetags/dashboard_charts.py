from django import template

from youthvoice.insights.dashboard.charts import bar_chart

register = template.Library()


@register.simple_tag
def chart(table, prefix="chart"):
    """The table's accessible SVG bar chart (empty where it has no bars)."""
    return bar_chart(table, chart_id=f"{prefix}-{table.slug}")
